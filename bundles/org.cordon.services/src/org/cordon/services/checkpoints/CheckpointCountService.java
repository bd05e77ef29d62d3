package org.cordon.services.checkpoints;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cordon.model.checkpoints.CheckpointCount;

/** The checkpoints' daily counts as the group enters and reviews them, a range of days at a time. */
public interface CheckpointCountService {

	/** The checkpoints and their counts from one day to another (inclusive), read in one transaction. */
	CountGrid counts(LocalDate from, LocalDate to);

	/**
	 * The same range for the grid, the counts as values read in SQL: as records, two weeks of a
	 * wave's 2,000 checkpoints cost EclipseLink more than the database's read of them.
	 */
	CountRows countRows(LocalDate from, LocalDate to);

	/** The latest day with any count, if there is one. */
	Optional<LocalDate> lastCountDay();

	/**
	 * Stores new and changed counts in one transaction: all of them, or none.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 */
	List<CheckpointCount> save(List<CheckpointCount> counts);

	/**
	 * Stores counts typed into the grid in one transaction: all of them, or none. One for a blank
	 * cell becomes a new count, one for a shown count changes that count.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed,
	 *                                                     removed or entered one of them first
	 */
	void enter(List<TypedCount> typed);
}
