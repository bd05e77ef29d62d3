package org.cordon.io.transfer;

import java.util.List;
import java.util.Map;

import org.cordon.model.CordonEntity;

/**
 * The database as an import or export sees it: one transaction, opened and committed by the
 * service that hands it over. A failed import throws, and the service rolls everything back.
 */
public interface RecordStore {

	/**
	 * The stored records of a type by code, including those persisted earlier in this
	 * transaction. The map is the store's own: read it, do not change it.
	 */
	<R extends CordonEntity> Map<String, R> byCode(Class<R> type);

	/** How many records of a type are stored. */
	<R extends CordonEntity> long count(Class<R> type);

	/** Every stored record of a type, in no particular order. */
	<R extends CordonEntity> List<R> all(Class<R> type);

	/** Stores a new record; it is visible through {@link #byCode} at once. */
	void persist(CordonEntity record);

	void remove(CordonEntity record);
}
