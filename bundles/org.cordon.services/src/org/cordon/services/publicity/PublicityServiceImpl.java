package org.cordon.services.publicity;

import java.util.EnumMap;
import java.util.Map;

import org.cordon.model.publicity.PublicityKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PublicityService.class)
public class PublicityServiceImpl implements PublicityService {

	private final Transactions transactions;

	@Activate
	public PublicityServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public Map<PublicityKind, Long> distributed() {
		return transactions.read(em -> {
			Map<PublicityKind, Long> totals = new EnumMap<>(PublicityKind.class);
			for (PublicityKind kind : PublicityKind.values()) {
				totals.put(kind, 0L);
			}
			for (Object[] row : em.createQuery("select d.item.kind, sum(d.quantity) from PublicityDistribution d group by d.item.kind",
					Object[].class).getResultList()) {
				totals.put((PublicityKind) row[0], ((Number) row[1]).longValue());
			}
			return totals;
		});
	}
}
