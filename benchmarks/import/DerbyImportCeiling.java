import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ceiling of the import benchmark: Derby's own import procedure loading the same
 * checkpoint-counts CSV into a table of the same shape (identity key, the file's columns, one row
 * per date and checkpoint), on the Derby jars of the product, in a process of its own like
 * {@code bin/cordon import}.
 *
 * <pre>
 *   DerbyImportCeiling create DB_FOLDER        a new database with the empty table (not timed)
 *   DerbyImportCeiling import DB_FOLDER FILE   boots it, imports FILE, shuts Derby down (timed)
 * </pre>
 */
public class DerbyImportCeiling {

	public static void main(String[] args) throws SQLException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: DerbyImportCeiling create DB_FOLDER | import DB_FOLDER FILE");
		}
		String url = "jdbc:derby:" + args[1];
		System.setProperty("derby.stream.error.file", args[1] + ".derby.log");
		switch (args[0]) {
		case "create" -> {
			try (Connection connection = DriverManager.getConnection(url + ";create=true");
					Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE CHECKPOINT_COUNT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
						+ " COUNT_DATE DATE NOT NULL, CHECKPOINT VARCHAR(64) NOT NULL, VEHICLES INTEGER NOT NULL,"
						+ " PERSONS INTEGER NOT NULL, FEVER INTEGER NOT NULL,"
						+ " CONSTRAINT CHECKPOINT_COUNT_DAY UNIQUE (COUNT_DATE, CHECKPOINT))");
			}
		}
		case "import" -> {
			try (Connection connection = DriverManager.getConnection(url)) {
				// SYSCS_IMPORT_DATA with a header line to skip: the very file bin/cordon imports
				try (CallableStatement call = connection.prepareCall(
						"CALL SYSCS_UTIL.SYSCS_IMPORT_DATA_BULK(NULL, 'CHECKPOINT_COUNT', 'COUNT_DATE,CHECKPOINT,VEHICLES,PERSONS,FEVER',"
								+ " NULL, ?, NULL, NULL, 'UTF-8', 0, 1)")) {
					call.setString(1, args[2]);
					call.execute();
				}
				try (Statement statement = connection.createStatement();
						ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM CHECKPOINT_COUNT")) {
					count.next();
					System.out.println("rows: " + count.getLong(1));
				}
			}
		}
		default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
		try {
			DriverManager.getConnection(url + ";shutdown=true").close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw e;
			}
		}
	}
}
