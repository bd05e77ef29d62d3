package org.cordon.services.records;

import java.util.List;

import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;

/** Records of any kind for editors: read detached, changed at the desk, saved together. */
public interface RecordService {

	/** Every record of a type, detached, by code. For small kinds only: a table pages with {@link #ids}. */
	<T extends CordonEntity> List<T> all(Class<T> type);

	/**
	 * The ids of the records a table shows, in its order, sorted and filtered by the database
	 * (or, by what no index serves, sorted in memory from (id, key) pairs): a million of them are
	 * 8 MB, where the records would be hundreds.
	 */
	long[] ids(TableQuery query);

	/**
	 * The first ids of {@link #ids}, where the database reads them in order from an index without
	 * looking at the other rows (a table opened by date: a hundredth of a second instead of one
	 * at a million rows), so that a table shows its first screen before it has all its ids. None
	 * where every row's key is needed first: the caller then waits for {@link #ids}.
	 */
	long[] firstIds(TableQuery query, int limit);

	/**
	 * Records by id, detached, for the rows a table is about to show.
	 *
	 * @return in the order of the ids; {@code null} where a record is no longer stored
	 */
	<T extends CordonEntity> List<T> byIds(Class<T> type, long[] ids);

	/** How many records of the type are stored. */
	long count(Class<? extends CordonEntity> type);

	/** Which of the codes records of the type already have. */
	java.util.Set<String> codesInUse(Class<? extends CordonEntity> type, java.util.Collection<String> codes);

	/**
	 * How many records of the type any desk created, changed or deleted after a moment of the
	 * audit trail ({@link #lastChange()} as it was then); {@code null} counts from the beginning.
	 */
	long changesSince(Class<? extends CordonEntity> type, java.time.LocalDateTime since);

	/**
	 * Saves new and changed records in one transaction: all of them or none.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 * @return the records as stored, with their new versions
	 */
	<T extends CordonEntity> List<T> saveAll(List<T> records);

	/**
	 * The stored state of each record, looked up by its id: what another desk may have saved
	 * since the record was read.
	 *
	 * @return in the order given; {@code null} for a record never stored or deleted since
	 */
	<T extends CordonEntity> List<T> current(List<T> records);

	/**
	 * Deletes records in one transaction: all of them or none.
	 *
	 * @throws RecordInUseException when another record still refers to one of them
	 * @throws jakarta.persistence.OptimisticLockException when another desk changed one of them since it was read
	 */
	void deleteAll(List<? extends CordonEntity> records);

	/**
	 * Deletes and saves records in one transaction, an editor's save: all of it or nothing.
	 *
	 * @throws RecordInUseException when another record still refers to a deleted one
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 */
	<T extends CordonEntity> List<T> saveChanges(List<T> save, List<? extends CordonEntity> delete);

	/**
	 * The audit trail of one record, oldest first: its creation, every change of a field with the
	 * values before and after, and its deletion, each with who and when.
	 */
	List<org.cordon.model.AuditEntry> history(CordonEntity record);

	/**
	 * When the latest change by any desk was committed (the audit trail's newest line); a desk
	 * polls it to show other desks' changes without a restart.
	 */
	java.util.Optional<java.time.LocalDateTime> lastChange();

	/** Looks records up by code for an editor's reference columns; it cannot write. */
	RecordStore lookups();
}
