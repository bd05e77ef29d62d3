package org.cordon.services.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cordon.model.diagram.DiagramPosition;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = DiagramPositionService.class)
public class DiagramPositionServiceImpl implements DiagramPositionService {

	private final Transactions transactions;

	@Activate
	public DiagramPositionServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public Map<String, Place> pinned(String diagram) {
		return transactions.read(em -> {
			Map<String, Place> places = new LinkedHashMap<>();
			for (DiagramPosition position : positionsOf(em, diagram)) {
				places.put(position.getElement(), new Place(position.getX(), position.getY()));
			}
			return places;
		});
	}

	@Override
	public void update(String diagram, Map<String, Place> changes) {
		// Sorted, so that two desks changing the same positions lock their rows in the same order.
		Map<String, Place> sorted = new TreeMap<>(changes);
		transactions.writeVoid(em -> {
			Map<String, DiagramPosition> existing = new LinkedHashMap<>();
			positionsOf(em, diagram).forEach(p -> existing.put(p.getElement(), p));
			sorted.forEach((element, place) -> {
				DiagramPosition stored = existing.get(element);
				if (place == null) {
					if (stored != null) {
						em.remove(stored);
					}
				} else if (stored == null) {
					em.persist(new DiagramPosition(diagram, element, place.x(), place.y()));
				} else {
					stored.moveTo(place.x(), place.y());
				}
			});
		});
	}

	@Override
	public void unpinAll(String diagram) {
		transactions.writeVoid(em -> positionsOf(em, diagram).forEach(em::remove));
	}

	private static List<DiagramPosition> positionsOf(EntityManager em, String diagram) {
		return em.createQuery("select p from DiagramPosition p where p.diagram = :diagram order by p.element", DiagramPosition.class)
				.setParameter("diagram", diagram).getResultList();
	}
}
