package org.cordon.persistence;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

/**
 * The optimizer's statistics of tables just filled in bulk. Derby keeps none for a table until its
 * index-statistics daemon computes them, and that daemon starts when a statement on the table is
 * first compiled: after an import of a million rows, the first desk to open a board shared its two
 * cores with a scan of every index of the table (the boards' first rows took half a second longer),
 * and until then the optimizer chose plans for tables it took to be empty. Refreshing them at the
 * end of an import costs about a second per million rows.
 */
public final class TableStatistics {

	private TableStatistics() {
	}

	/**
	 * Brings the statistics of {@code tables} up to date, in the connection's own transaction.
	 *
	 * @throws SQLException when the database refuses it, as it does a user who owns neither the
	 *         tables nor the database: the statistics are then left to the database
	 */
	public static void refresh(Connection connection, Collection<String> tables) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("derby")) {
			try (CallableStatement update = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
				for (String table : tables) {
					update.setString(1, connection.getSchema());
					update.setString(2, table.toUpperCase(Locale.ROOT));
					update.execute();
				}
			}
		} else if (product.contains("postgresql")) {
			try (Statement analyze = connection.createStatement()) {
				for (String table : tables) {
					analyze.execute("ANALYZE " + table.toLowerCase(Locale.ROOT));
				}
			}
		}
	}
}
