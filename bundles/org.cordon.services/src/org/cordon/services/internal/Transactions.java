package org.cordon.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseGrants;
import org.cordon.services.records.AccessRefusedException;

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

	/**
	 * Runs work in one transaction: all of it is written, or none of it. When it changed who holds
	 * which position, the database's grants follow once it is committed.
	 *
	 * @throws AccessRefusedException when the database itself refused the change for want of a grant
	 */
	public <T> T write(Function<EntityManager, T> work) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		EntityTransaction tx = em.getTransaction();
		boolean chartChanged;
		T result;
		try {
			tx.begin();
			result = work.apply(em);
			chartChanged = ChartChanges.changedIn(em);
			tx.commit();
		} catch (RuntimeException e) {
			if (!(e instanceof DatabaseGrants.GrantsRefusedException) && DatabaseGrants.isPermissionRefusal(e)) {
				throw new AccessRefusedException(refusalSentence(em, e));
			}
			throw e;
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
		if (chartChanged) {
			followTheChart();
		}
		return result;
	}

	/** Brings the database's grants in line with the chart just committed; the change stands either way. */
	private void followTheChart() {
		if (!database.current().map(org.cordon.persistence.DatabaseSettings::isServer).orElse(false)) {
			return; // a single desk has no database users
		}
		try {
			writeVoid(DatabaseGrants::sync);
		} catch (RuntimeException e) {
			System.getLogger(Transactions.class.getName()).log(System.Logger.Level.WARNING,
					"The organisation changed, but the database's grants could not follow it (" + e.getMessage()
							+ "); an administrator can run 'cordon user sync'.");
		}
	}

	/** One sentence for a change the services allowed but the database's grants did not. */
	private static String refusalSentence(EntityManager em, RuntimeException failure) {
		Object user = em.getEntityManagerFactory().getProperties().get(org.cordon.persistence.DatabaseSettings.SERVER_USER_FACTORY_PROPERTY);
		String table = DatabaseGrants.refusedTable(failure).orElse(null);
		return "The database refused the change: its grants do not let " + user + " write " + (table == null ? "these records" : "the table " + table)
				+ "; an administrator can bring them in line with the organisation chart with 'cordon user sync'.";
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
		records.forEach(record -> ChartChanges.note(em, record.getClass()));
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
