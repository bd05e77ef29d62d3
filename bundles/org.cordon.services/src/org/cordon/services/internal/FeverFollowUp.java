package org.cordon.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.screening.FeverCase;
import org.cordon.model.screening.FeverCaseStatus;

import jakarta.persistence.EntityManager;

/**
 * The screening group's rule on checkpoint counts: every person found with fever is followed up.
 * Whenever a count is stored, its checkpoint's cases of that day are raised to the fever figure in
 * the same transaction (the missing numbers are opened); cases are never removed. A fever figure
 * below the number of that day's cases that are not closed is refused, since it would leave open
 * cases nobody counted; closing the cases recorded in error comes first.
 *
 * <p>
 * Every way of storing a count goes through here: {@link Transactions#saveAll} (the record table,
 * and any editor saving records) and the bulk import of {@code checkpoint-counts}.
 */
public final class FeverFollowUp {

	/** The cases of one checkpoint on one day, as far as the rule needs them. */
	private static final class Tally {
		final TreeSet<Integer> numbers = new TreeSet<>();
		int notClosed;
	}

	private final EntityManager em;
	private final Map<DayAtCheckpoint, Tally> tallies = new HashMap<>();
	private int opened;

	private FeverFollowUp(EntityManager em) {
		this.em = em;
	}

	/** The rule over the cases stored from {@code first} to {@code last}, in the transaction of {@code em}. */
	public static FeverFollowUp between(EntityManager em, LocalDate first, LocalDate last) {
		FeverFollowUp followUp = new FeverFollowUp(em);
		for (Object[] row : em.createQuery("select f.checkpoint.id, f.date, f.number, f.status from FeverCase f"
				+ " where f.date between :first and :last", Object[].class).setParameter("first", first).setParameter("last", last)
				.getResultList()) {
			Tally tally = followUp.tally((Long) row[0], (LocalDate) row[1]);
			tally.numbers.add((Integer) row[2]);
			if (row[3] != FeverCaseStatus.CLOSED) {
				tally.notClosed++;
			}
		}
		return followUp;
	}

	/** Applies the rule to the counts among records just saved; does nothing when there are none. */
	public static void afterSaving(EntityManager em, List<? extends CordonEntity> saved) {
		List<CheckpointCount> counts = new ArrayList<>();
		for (CordonEntity record : saved) {
			if (record instanceof CheckpointCount count) {
				counts.add(count);
			}
		}
		if (counts.isEmpty()) {
			return;
		}
		LocalDate first = counts.stream().map(CheckpointCount::getDate).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = counts.stream().map(CheckpointCount::getDate).max(LocalDate::compareTo).orElseThrow();
		FeverFollowUp followUp = between(em, first, last);
		for (CheckpointCount count : counts) {
			followUp.follow(count.getCheckpoint(), count.getDate(), count.getFever());
		}
		if (followUp.opened() > 0) {
			em.flush();
		}
	}

	/**
	 * Raises the checkpoint's cases of the day to {@code fever}, opening the lowest missing numbers.
	 *
	 * @throws InvalidValueException for the field {@code fever} when more cases than that are not closed
	 */
	public void follow(Checkpoint checkpoint, LocalDate date, int fever) {
		if (fever == 0 && tallies.isEmpty()) {
			return; // the common case of a bulk import: nothing to open, nothing to check
		}
		Tally tally = tallies.get(key(checkpoint.getId(), date));
		if (tally == null && fever == 0) {
			return;
		}
		if (tally == null) {
			tally = tally(checkpoint.getId(), date);
		}
		if (tally.notClosed > fever) {
			throw new InvalidValueException("fever", "feverBelowOpenCases", fever, tally.notClosed);
		}
		int number = 1;
		while (tally.numbers.size() < fever) {
			while (tally.numbers.contains(number)) {
				number++;
			}
			em.persist(new FeverCase(date, checkpoint, number));
			tally.numbers.add(number);
			tally.notClosed++;
			opened++;
		}
	}

	/** How many cases {@link #follow} has opened so far. */
	public int opened() {
		return opened;
	}

	private Tally tally(Long checkpointId, LocalDate date) {
		return tallies.computeIfAbsent(key(checkpointId, date), k -> new Tally());
	}

	// A bulk import asks once per row: a record key, not a string built per row.
	private record DayAtCheckpoint(long checkpointId, long epochDay) {
	}

	private static DayAtCheckpoint key(Long checkpointId, LocalDate date) {
		return new DayAtCheckpoint(checkpointId, date.toEpochDay());
	}
}
