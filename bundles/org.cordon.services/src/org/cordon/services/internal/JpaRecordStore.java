package org.cordon.services.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;

import jakarta.persistence.EntityManager;

/** The record store of one import or export: the transaction's entity manager, with code look-ups cached. */
public final class JpaRecordStore implements RecordStore {

	private final EntityManager em;
	private final Map<Class<?>, Map<String, CordonEntity>> byCode = new HashMap<>();

	public JpaRecordStore(EntityManager em) {
		this.em = em;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <R extends CordonEntity> Map<String, R> byCode(Class<R> type) {
		return (Map<String, R>) byCode.computeIfAbsent(type, t -> {
			Map<String, CordonEntity> records = new HashMap<>();
			for (R record : all(type)) {
				records.put(record.getCode(), record);
			}
			return records;
		});
	}

	@Override
	public <R extends CordonEntity> long count(Class<R> type) {
		return em.createQuery("select count(r) from " + entityName(type) + " r", Long.class).getSingleResult();
	}

	@Override
	public <R extends CordonEntity> List<R> all(Class<R> type) {
		return em.createQuery("select r from " + entityName(type) + " r", type).getResultList();
	}

	@Override
	public void persist(CordonEntity record) {
		em.persist(record);
		Map<String, CordonEntity> cached = byCode.get(record.getClass());
		if (cached != null) {
			cached.put(record.getCode(), record);
		}
	}

	@Override
	public void remove(CordonEntity record) {
		em.remove(record);
		Map<String, CordonEntity> cached = byCode.get(record.getClass());
		if (cached != null) {
			cached.remove(record.getCode());
		}
	}

	private String entityName(Class<?> type) {
		return em.getMetamodel().entity(type).getName();
	}
}
