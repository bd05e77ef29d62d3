package org.cordon.services.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BiPredicate;

import org.cordon.model.CordonEntity;

/**
 * What the imports of large kinds ({@link CheckpointCountsBulk}, {@link TemperatureReportsBulk})
 * share: they write checked rows with JDBC inside the import's transaction, into an empty table of
 * an embedded Derby database through a table function that Derby inserts from in bulk, and draw
 * their keys from EclipseLink's generator table in one block.
 */
final class BulkLoads {

	private BulkLoads() {
	}

	/**
	 * Whether the connection is to an embedded Derby database, the only one that loads in bulk
	 * from a table function; a Derby Network Server or PostgreSQL gets JDBC batches.
	 */
	static boolean embeddedDerby(Connection connection) throws SQLException {
		String url = connection.getMetaData().getURL();
		return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
	}

	/**
	 * Locks the table for the rest of the transaction (Derby's bulk insert takes the same lock)
	 * and tells whether it is empty, so no other writer can add a row before the load.
	 */
	static boolean lockedAndEmpty(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
			try (ResultSet any = statement.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
				return !any.next();
			}
		}
	}

	/**
	 * Takes {@code count} keys from the generator table the way EclipseLink does (raise the
	 * counter, then read it), so the block cannot overlap keys EclipseLink hands out before or
	 * after; returns the first of them.
	 */
	static long reserveIds(Connection connection, int count) throws SQLException {
		if (count == 0) {
			return 0;
		}
		String sequence = CordonEntity.ID_SEQUENCE;
		try (PreparedStatement raise = connection.prepareStatement("UPDATE CORDON_IDS SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
			raise.setLong(1, count);
			raise.setString(2, sequence);
			if (raise.executeUpdate() == 0) {
				try (PreparedStatement create = connection.prepareStatement("INSERT INTO CORDON_IDS (SEQ_NAME, SEQ_COUNT) VALUES (?, ?)")) {
					create.setString(1, sequence);
					create.setLong(2, count);
					create.executeUpdate();
				}
			}
		}
		try (PreparedStatement read = connection.prepareStatement("SELECT SEQ_COUNT FROM CORDON_IDS WHERE SEQ_NAME = ?")) {
			read.setString(1, sequence);
			try (ResultSet result = read.executeQuery()) {
				result.next();
				return result.getLong(1) - count + 1;
			}
		}
	}

	/**
	 * Declares a table function in the database the first time a load needs it, and again when the
	 * database holds a declaration of another class or other columns (one made by an earlier
	 * Cordon), which Derby would otherwise go on calling.
	 *
	 * @param isCurrent given the class and the routine as Derby's catalogue has them, whether they are {@code declaration}'s
	 */
	static void declareFunction(Connection connection, String function, BiPredicate<String, String> isCurrent, String declaration)
			throws SQLException {
		boolean declared = false;
		boolean current = false;
		try (PreparedStatement known = connection.prepareStatement("SELECT a.JAVACLASSNAME, a.ALIASINFO FROM SYS.SYSALIASES a"
				+ " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = a.SCHEMAID WHERE a.ALIAS = ? AND s.SCHEMANAME = CURRENT SCHEMA")) {
			known.setString(1, function);
			try (ResultSet result = known.executeQuery()) {
				if (result.next()) {
					declared = true;
					current = isCurrent.test(result.getString(1), result.getString(2));
				}
			}
		}
		if (current) {
			return;
		}
		try (Statement declare = connection.createStatement()) {
			if (declared) {
				declare.executeUpdate("DROP FUNCTION " + function);
			}
			declare.executeUpdate(declaration);
		}
	}

	/** Whether a routine as Derby's catalogue gives it ({@code rows("SOURCE" INTEGER) RETURNS TABLE ( "ID" BIGINT, ... ) ...}) starts as expected. */
	static boolean routineStartsWith(String routine, String expected) {
		return routine != null && withoutQuotesAndSpaces(routine).startsWith(withoutQuotesAndSpaces(expected));
	}

	private static String withoutQuotesAndSpaces(String text) {
		return text.replace("\"", "").replaceAll("\\s+", "");
	}

	/**
	 * Runs an {@code INSERT ... SELECT ... FROM TABLE(FUNCTION(?))} with the handle of the rows
	 * offered to the function; Derby finds the function's class through the thread's class loader,
	 * in OSGi this bundle's.
	 *
	 * @return how many rows Derby inserted
	 */
	static int insertFromFunction(Connection connection, String insert, int handle) throws SQLException {
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		thread.setContextClassLoader(BulkLoads.class.getClassLoader());
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			statement.setInt(1, handle);
			return statement.executeUpdate();
		} finally {
			thread.setContextClassLoader(callers);
		}
	}
}
