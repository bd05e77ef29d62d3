package org.cordon.services.checkpoints;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.CheckpointDayTotals;
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
		return sumsUpTo(null);
	}

	@Override
	public CheckpointTotals totalsUpTo(LocalDate day) {
		return sumsUpTo(day);
	}

	/**
	 * Read from the day totals, not the counts (see CheckpointDayTotals); a write transaction,
	 * since a database made before the day totals gets them on first use.
	 */
	private CheckpointTotals sumsUpTo(LocalDate day) {
		return transactions.write(em -> {
			try {
				long[] sums = CheckpointDayTotals.upTo(em.unwrap(Connection.class), day);
				return new CheckpointTotals(sums[0], sums[1], sums[2]);
			} catch (SQLException e) {
				throw new IllegalStateException("the checkpoint totals could not be read: " + e.getMessage(), e);
			}
		});
	}
}
