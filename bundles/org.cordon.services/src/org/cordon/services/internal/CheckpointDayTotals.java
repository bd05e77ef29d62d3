package org.cordon.services.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.CheckpointCount;

import jakarta.persistence.EntityManager;

/**
 * The checkpoint counts summed per day, kept in {@code CHECKPOINT_DAY_TOTAL} next to the counts,
 * so that the briefing's cumulative figures read one row per day instead of every count (a
 * million rows are a scan of a second; a thousand days are a millisecond). Every write of counts
 * refreshes the days it touched in the same transaction: {@link Transactions#store}, deleting
 * records, and both ways of the bulk import. A database made before the table existed gets it,
 * filled from the counts, the first time it is needed.
 */
public final class CheckpointDayTotals {

	static final String TABLE = org.cordon.persistence.CheckpointDayTotalTable.NAME;

	private CheckpointDayTotals() {
	}

	/** The sums of vehicles, persons and fever over the days up to {@code day} (all days when null). */
	public static long[] upTo(Connection connection, LocalDate day) throws SQLException {
		ensureTable(connection);
		try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(VEHICLES), 0), COALESCE(SUM(PERSONS), 0),"
				+ " COALESCE(SUM(FEVER), 0) FROM " + TABLE + (day == null ? "" : " WHERE COUNT_DATE <= ?"))) {
			if (day != null) {
				query.setDate(1, Date.valueOf(day));
			}
			try (ResultSet sums = query.executeQuery()) {
				sums.next();
				return new long[] { sums.getLong(1), sums.getLong(2), sums.getLong(3) };
			}
		}
	}

	/** Recomputes the totals of the days from {@code first} to {@code last} from the stored counts. */
	public static void refresh(Connection connection, LocalDate first, LocalDate last) throws SQLException {
		ensureTable(connection);
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE COUNT_DATE BETWEEN ? AND ?");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (COUNT_DATE, VEHICLES, PERSONS, FEVER)"
						+ " SELECT COUNT_DATE, SUM(CAST(VEHICLES AS BIGINT)), SUM(CAST(PERSONS AS BIGINT)), SUM(CAST(FEVER AS BIGINT))"
						+ " FROM CHECKPOINT_COUNT WHERE COUNT_DATE BETWEEN ? AND ? GROUP BY COUNT_DATE")) {
			delete.setDate(1, Date.valueOf(first));
			delete.setDate(2, Date.valueOf(last));
			delete.executeUpdate();
			insert.setDate(1, Date.valueOf(first));
			insert.setDate(2, Date.valueOf(last));
			insert.executeUpdate();
		}
	}

	/**
	 * Replaces all totals by the given ones, for a bulk load into an empty count table that
	 * summed its rows itself: {@code days[i]} (epoch days, ascending) has the sums at {@code i}.
	 */
	public static void replaceAll(Connection connection, int[] days, long[] vehicles, long[] persons, long[] fever, int size)
			throws SQLException {
		ensureTable(connection);
		try (Statement clear = connection.createStatement();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
						+ " (COUNT_DATE, VEHICLES, PERSONS, FEVER) VALUES (?, ?, ?, ?)")) {
			clear.executeUpdate("DELETE FROM " + TABLE);
			for (int i = 0; i < size; i++) {
				insert.setDate(1, Date.valueOf(LocalDate.ofEpochDay(days[i])));
				insert.setLong(2, vehicles[i]);
				insert.setLong(3, persons[i]);
				insert.setLong(4, fever[i]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Refreshes the days of the counts among {@code records}, within the transaction of {@code em}. */
	public static void refreshDaysOf(EntityManager em, List<? extends CordonEntity> records) {
		LocalDate first = null;
		LocalDate last = null;
		for (CordonEntity record : records) {
			if (record instanceof CheckpointCount count && count.getDate() != null) {
				first = first == null || count.getDate().isBefore(first) ? count.getDate() : first;
				last = last == null || count.getDate().isAfter(last) ? count.getDate() : last;
			}
		}
		if (first == null) {
			return;
		}
		em.flush();
		try {
			refresh(em.unwrap(Connection.class), first, last);
		} catch (SQLException e) {
			throw new IllegalStateException("the checkpoint totals could not be updated: " + e.getMessage(), e);
		}
	}

	/** Creates the table, filled from the stored counts, unless it exists (a database made before it). */
	private static void ensureTable(Connection connection) throws SQLException {
		org.cordon.persistence.CheckpointDayTotalTable.ensure(connection);
	}
}
