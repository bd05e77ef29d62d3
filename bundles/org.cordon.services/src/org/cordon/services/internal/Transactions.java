package org.cordon.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cordon.persistence.CordonDatabase;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

/**
 * The one way a Cordon service touches the database: a unit of work in its own entity manager,
 * committed when it returns and rolled back when it throws. Only services use this.
 */
public final class Transactions {

	private final CordonDatabase database;

	public Transactions(CordonDatabase database) {
		this.database = database;
	}

	/** Runs read-only work; nothing it changes is written. */
	public <T> T read(Function<EntityManager, T> work) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			return work.apply(em);
		} finally {
			em.close();
		}
	}

	/**
	 * Runs read-only work inside a transaction that is always rolled back: what it reads is one
	 * consistent state, and it may use the transaction's JDBC connection (for streaming exports).
	 */
	public <T> T readInTransaction(Function<EntityManager, T> work) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			return work.apply(em);
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/** Runs work in one transaction: all of it is written, or none of it. */
	public <T> T write(Function<EntityManager, T> work) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			T result = work.apply(em);
			tx.commit();
			return result;
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/**
	 * Stores new records and merges changed ones in one transaction, in the order given (a record
	 * before those that refer to it); all of them, or none.
	 */
	public <T extends org.cordon.model.CordonEntity> List<T> saveAll(List<T> records) {
		return write(em -> store(em, records));
	}

	/**
	 * Stores new records and merges changed ones within the caller's transaction, and applies
	 * the rules that follow from them (a count with fever opens follow-up cases): every save of
	 * records goes through here.
	 */
	public static <T extends org.cordon.model.CordonEntity> List<T> store(EntityManager em, List<T> records) {
		AccessRules.checkWrite(em, records);
		List<T> stored = new ArrayList<>(records.size());
		for (T record : records) {
			if (record.getId() == null) {
				em.persist(record);
				stored.add(record);
			} else {
				stored.add(em.merge(record));
			}
		}
		em.flush();
		// A count with fever opens the screening group's follow-up cases in this same transaction.
		FeverFollowUp.afterSaving(em, stored);
		CheckpointDayTotals.refreshDaysOf(em, stored);
		return stored;
	}

	public void writeVoid(Consumer<EntityManager> work) {
		write(em -> {
			work.accept(em);
			return null;
		});
	}
}
