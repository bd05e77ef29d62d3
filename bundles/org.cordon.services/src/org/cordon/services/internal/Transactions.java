package org.cordon.services.internal;

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

	public void writeVoid(Consumer<EntityManager> work) {
		write(em -> {
			work.accept(em);
			return null;
		});
	}
}
