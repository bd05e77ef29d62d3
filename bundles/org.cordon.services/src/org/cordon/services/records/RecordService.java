package org.cordon.services.records;

import java.util.List;

import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;

/** Records of any kind for editors: read detached, changed at the desk, saved together. */
public interface RecordService {

	/** Every record of a type, detached, by code. */
	<T extends CordonEntity> List<T> all(Class<T> type);

	/**
	 * Saves new and changed records in one transaction: all of them or none.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 * @return the records as stored, with their new versions
	 */
	<T extends CordonEntity> List<T> saveAll(List<T> records);

	/** Looks records up by code for an editor's reference columns; it cannot write. */
	RecordStore lookups();
}
