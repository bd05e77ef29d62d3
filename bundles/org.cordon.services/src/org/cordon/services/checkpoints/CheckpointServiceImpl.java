package org.cordon.services.checkpoints;

import java.time.LocalDate;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CheckpointService.class)
public class CheckpointServiceImpl implements CheckpointService {

	private final Transactions transactions;

	@Activate
	public CheckpointServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public CheckpointTotals totals() {
		return transactions.read(em -> totals(em.createQuery(
				"select coalesce(sum(c.vehicles), 0), coalesce(sum(c.persons), 0), coalesce(sum(c.fever), 0) from CheckpointCount c",
				Object[].class).getSingleResult()));
	}

	private static CheckpointTotals totals(Object[] sums) {
		return new CheckpointTotals(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue(), ((Number) sums[2]).longValue());
	}

	@Override
	public CheckpointTotals totalsUpTo(LocalDate day) {
		return transactions.read(em -> {
			Object[] sums = em.createQuery("select coalesce(sum(c.vehicles), 0), coalesce(sum(c.persons), 0), coalesce(sum(c.fever), 0)"
					+ " from CheckpointCount c where c.date <= :day", Object[].class).setParameter("day", day).getSingleResult();
			return totals(sums);
		});
	}
}
