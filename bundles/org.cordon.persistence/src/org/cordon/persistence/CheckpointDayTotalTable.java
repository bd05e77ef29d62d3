package org.cordon.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The table of checkpoint counts summed per day, which the services keep beside the counts. It is
 * made with the rest of the schema when a database is opened by whoever creates the schema: on a
 * server only the tables' owner may create tables, and the first desk to save counts may be a
 * group member.
 */
public final class CheckpointDayTotalTable {

	public static final String NAME = "CHECKPOINT_DAY_TOTAL";

	private CheckpointDayTotalTable() {
	}

	/** Creates the table, filled from the stored counts, unless it exists. */
	public static void ensure(Connection connection) throws SQLException {
		// PostgreSQL keeps unquoted names in lower case, Derby in upper case.
		for (String name : new String[] { NAME, NAME.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
				if (tables.next()) {
					return;
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE " + NAME + " (COUNT_DATE DATE NOT NULL PRIMARY KEY,"
					+ " VEHICLES BIGINT NOT NULL, PERSONS BIGINT NOT NULL, FEVER BIGINT NOT NULL)");
			statement.executeUpdate("INSERT INTO " + NAME + " (COUNT_DATE, VEHICLES, PERSONS, FEVER)"
					+ " SELECT COUNT_DATE, SUM(CAST(VEHICLES AS BIGINT)), SUM(CAST(PERSONS AS BIGINT)), SUM(CAST(FEVER AS BIGINT))"
					+ " FROM CHECKPOINT_COUNT GROUP BY COUNT_DATE");
		}
	}
}
