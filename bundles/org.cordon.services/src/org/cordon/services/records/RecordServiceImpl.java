package org.cordon.services.records;

import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.internal.TableQuerySql;
import org.cordon.services.internal.CheckpointDayTotals;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RecordService.class)
public class RecordServiceImpl implements RecordService {

	private final Transactions transactions;

	@Activate
	public RecordServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public <T extends CordonEntity> List<T> all(Class<T> type) {
		return transactions.read(em -> {
			List<T> records = new ArrayList<>(new JpaRecordStore(em).all(type));
			records.sort(java.util.Comparator.comparing(CordonEntity::getCode));
			return records;
		});
	}

	@Override
	public long[] ids(TableQuery query) {
		return transactions.readInTransaction(em -> new TableQuerySql(em, query).ids());
	}

	@Override
	public long[] firstIds(TableQuery query, int limit) {
		return transactions.readInTransaction(em -> new TableQuerySql(em, query).firstIds(limit));
	}

	@Override
	public <T extends CordonEntity> List<T> byIds(Class<T> type, long[] ids) {
		if (ids.length == 0) {
			return List.of();
		}
		return transactions.read(em -> {
			Map<Long, T> byId = new java.util.HashMap<>();
			List<Long> wanted = java.util.Arrays.stream(ids).boxed().toList();
			// In slices: a database takes only so many parameters in one IN list.
			for (int from = 0; from < wanted.size(); from += BY_ID_SLICE) {
				List<Long> slice = wanted.subList(from, Math.min(wanted.size(), from + BY_ID_SLICE));
				for (T record : em.createQuery("select e from " + em.getMetamodel().entity(type).getName() + " e where e.id in :ids", type)
						.setParameter("ids", slice).getResultList()) {
					byId.put(record.getId(), record);
				}
			}
			List<T> inOrder = new ArrayList<>(ids.length);
			for (long id : ids) {
				inOrder.add(byId.get(id));
			}
			return inOrder;
		});
	}

	private static final int BY_ID_SLICE = 500;

	@Override
	public long count(Class<? extends CordonEntity> type) {
		return transactions.read(em -> em.createQuery("select count(e) from " + em.getMetamodel().entity(type).getName() + " e", Long.class)
				.getSingleResult());
	}

	@Override
	public java.util.Set<String> codesInUse(Class<? extends CordonEntity> type, java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return java.util.Set.of();
		}
		return transactions.read(em -> {
			java.util.Set<String> used = new java.util.HashSet<>();
			List<String> all = codes.stream().filter(java.util.Objects::nonNull).distinct().toList();
			for (int from = 0; from < all.size(); from += BY_ID_SLICE) {
				used.addAll(em.createQuery("select e.code from " + em.getMetamodel().entity(type).getName() + " e where e.code in :codes", String.class)
						.setParameter("codes", all.subList(from, Math.min(all.size(), from + BY_ID_SLICE))).getResultList());
			}
			return used;
		});
	}

	@Override
	public long changesSince(Class<? extends CordonEntity> type, java.time.LocalDateTime since) {
		return transactions.read(em -> {
			String kind = em.getMetamodel().entity(type).getName();
			if (since == null) {
				return em.createQuery("select count(distinct a.recordCode) from AuditEntry a where a.recordKind = :kind", Long.class)
						.setParameter("kind", kind).getSingleResult();
			}
			return em.createQuery("select count(distinct a.recordCode) from AuditEntry a where a.recordKind = :kind and a.changedAt > :since", Long.class)
					.setParameter("kind", kind).setParameter("since", since).getSingleResult();
		});
	}

	@Override
	public <T extends CordonEntity> List<T> saveAll(List<T> records) {
		return transactions.saveAll(records);
	}

	@Override
	public <T extends CordonEntity> List<T> current(List<T> records) {
		return transactions.read(em -> {
			List<T> stored = new ArrayList<>(records.size());
			for (T record : records) {
				@SuppressWarnings("unchecked")
				Class<T> type = (Class<T>) record.getClass();
				stored.add(record.getId() == null ? null : em.find(type, record.getId()));
			}
			return stored;
		});
	}

	@Override
	public void deleteAll(List<? extends CordonEntity> records) {
		saveChanges(List.of(), records);
	}

	@Override
	public <T extends CordonEntity> List<T> saveChanges(List<T> save, List<? extends CordonEntity> delete) {
		try {
			return transactions.write(em -> {
				for (CordonEntity record : delete) {
					remove(em, record);
				}
				List<T> stored = Transactions.store(em, save);
				CheckpointDayTotals.refreshDaysOf(em, delete);
				return stored;
			});
		} catch (PersistenceException e) {
			if (isForeignKeyViolation(e)) {
				throw new RecordInUseException(delete.size() == 1 ? delete.get(0) : null);
			}
			throw e;
		}
	}

	private static void remove(EntityManager em, CordonEntity record) {
		if (record.getId() == null) {
			return;
		}
		CordonEntity stored = em.find(record.getClass(), record.getId());
		if (stored == null) {
			return; // already gone: what the user wanted
		}
		org.cordon.services.internal.AccessRules.checkWrite(em, List.of(stored));
		org.cordon.services.internal.ChartChanges.note(em, stored.getClass());
		if (stored.getVersion() != record.getVersion()) {
			throw new OptimisticLockException("another desk changed " + record.getCode() + " since it was read", null, record);
		}
		em.remove(stored);
		try {
			em.flush();
		} catch (PersistenceException e) {
			if (isForeignKeyViolation(e)) {
				throw new RecordInUseException(record);
			}
			throw e;
		}
	}

	/** Derby and PostgreSQL both say 23503 when a delete would leave a reference dangling. */
	private static boolean isForeignKeyViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<org.cordon.model.AuditEntry> history(CordonEntity record) {
		String kind = transactions.read(em -> em.getMetamodel().entity(record.getClass()).getName());
		return transactions.read(em -> em.createQuery("select a from AuditEntry a where a.recordKind = :kind and a.recordCode = :code order by a.changedAt, a.entryOrder",
				org.cordon.model.AuditEntry.class).setParameter("kind", kind).setParameter("code", record.getCode()).getResultList());
	}

	@Override
	public java.util.Optional<java.time.LocalDateTime> lastChange() {
		return java.util.Optional.ofNullable(transactions.read(
				em -> em.createQuery("select max(a.changedAt) from AuditEntry a", java.time.LocalDateTime.class).getSingleResult()));
	}

	@Override
	public RecordStore lookups() {
		return new RecordStore() {
			private final Map<Class<?>, Map<String, CordonEntity>> cache = new LinkedHashMap<>();

			@Override
			@SuppressWarnings("unchecked")
			public <R extends CordonEntity> Map<String, R> byCode(Class<R> type) {
				return (Map<String, R>) cache.computeIfAbsent(type, t -> {
					Map<String, CordonEntity> byCode = new LinkedHashMap<>();
					RecordServiceImpl.this.all(type).forEach(r -> byCode.put(r.getCode(), r));
					return byCode;
				});
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
				throw new IllegalStateException("look-ups cannot store " + record);
			}

			@Override
			public void remove(CordonEntity record) {
				throw new IllegalStateException("look-ups cannot remove " + record);
			}
		};
	}
}
