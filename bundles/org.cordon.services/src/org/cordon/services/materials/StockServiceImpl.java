package org.cordon.services.materials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.materials.MaterialItem;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = StockService.class)
public class StockServiceImpl implements StockService {

	private final Transactions transactions;

	@Activate
	public StockServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public List<StockLine> onHand() {
		// One transaction, so receipts and issues are summed over the same state of the store.
		return transactions.readInTransaction(em -> {
			Map<Long, Long> received = sums(em, "select r.item.id, sum(r.quantity) from StockReceipt r group by r.item.id");
			Map<Long, Long> issued = sums(em, "select i.item.id, sum(i.quantity) from StockIssue i group by i.item.id");
			List<StockLine> lines = new ArrayList<>();
			for (MaterialItem item : em.createQuery("select m from MaterialItem m order by m.code", MaterialItem.class).getResultList()) {
				lines.add(new StockLine(item.getCode(), item.getName(), item.getUnit(), received.getOrDefault(item.getId(), 0L),
						issued.getOrDefault(item.getId(), 0L)));
			}
			return lines;
		});
	}

	private static Map<Long, Long> sums(EntityManager em, String query) {
		Map<Long, Long> sums = new HashMap<>();
		for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
			sums.put((Long) row[0], ((Number) row[1]).longValue());
		}
		return sums;
	}
}
