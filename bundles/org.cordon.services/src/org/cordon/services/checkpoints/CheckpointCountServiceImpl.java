package org.cordon.services.checkpoints;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CheckpointCountService.class)
public class CheckpointCountServiceImpl implements CheckpointCountService {

	private final Transactions transactions;

	@Activate
	public CheckpointCountServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public CountGrid counts(LocalDate from, LocalDate to) {
		return transactions.readInTransaction(em -> {
			List<CheckpointCount> counts = em.createQuery("select c from CheckpointCount c join fetch c.checkpoint"
					+ " where c.date between :from and :to order by c.date", CheckpointCount.class)
					.setParameter("from", from).setParameter("to", to).getResultList();
			List<Checkpoint> checkpoints = em.createQuery("select p from Checkpoint p where p.open = true or p.id in"
					+ " (select c.checkpoint.id from CheckpointCount c where c.date between :from and :to)"
					+ " order by p.level, p.code", Checkpoint.class).setParameter("from", from).setParameter("to", to).getResultList();
			return new CountGrid(from, to, checkpoints, counts);
		});
	}

	@Override
	public Optional<LocalDate> lastCountDay() {
		return Optional.ofNullable(transactions.read(em -> em.createQuery("select max(c.date) from CheckpointCount c", LocalDate.class)
				.getSingleResult()));
	}

	@Override
	public List<CheckpointCount> save(List<CheckpointCount> counts) {
		return transactions.write(em -> {
			for (CheckpointCount count : counts) {
				if (count.getId() == null) {
					// A new record refers to what the board read earlier; it joins this transaction's copy.
					count.setCheckpoint(em.find(Checkpoint.class, count.getCheckpoint().getId()));
				}
			}
			return Transactions.store(em, counts);
		});
	}
}
