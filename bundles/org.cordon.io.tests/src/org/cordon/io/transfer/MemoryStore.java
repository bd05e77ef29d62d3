package org.cordon.io.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.CordonEntity;

/** A record store in memory, for testing formats without a database. */
final class MemoryStore implements RecordStore {

	private final Map<Class<?>, Map<String, CordonEntity>> records = new HashMap<>();

	@SafeVarargs
	static <R extends CordonEntity> MemoryStore with(R... stored) {
		MemoryStore store = new MemoryStore();
		for (R record : stored) {
			store.persist(record);
		}
		return store;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <R extends CordonEntity> Map<String, R> byCode(Class<R> type) {
		return (Map<String, R>) records.computeIfAbsent(type, t -> new LinkedHashMap<>());
	}

	@Override
	public <R extends CordonEntity> long count(Class<R> type) {
		return byCode(type).size();
	}

	@Override
	public <R extends CordonEntity> List<R> all(Class<R> type) {
		return new ArrayList<>(byCode(type).values());
	}

	@Override
	public void persist(CordonEntity record) {
		records.computeIfAbsent(record.getClass(), t -> new LinkedHashMap<>()).put(record.getCode(), record);
	}

	@Override
	public void remove(CordonEntity record) {
		byCode(record.getClass()).remove(record.getCode());
	}
}
