package org.cordon.services.transfer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.vti.VTITemplate;

/**
 * Checked temperature reports handed to Derby as the rows of a table function, so that
 * {@link #INSERT} loads them in bulk into an empty table, straight from memory and within the
 * import's transaction, as {@link CheckpointCountRows} does for the counts. Derby calls
 * {@link #rows(int)} by name, so this class and method are public.
 */
public final class TemperatureReportRows extends VTITemplate {

	/** The function's name in the database. */
	static final String FUNCTION = "CORDON_TEMPERATURE_REPORT_ROWS";

	/** The function's result columns, in the column order of {@link #INSERT}; the date as ISO text for {@code DATE()}. */
	static final String COLUMNS = "ID BIGINT, CODE VARCHAR(100), VERSION BIGINT, REPORT_DATE VARCHAR(10), KEY_PERSON_ID BIGINT,"
			+ " ROLE VARCHAR(32), TEMPERATURE_C DECIMAL(4,1)";

	static final String DECLARATION = "CREATE FUNCTION " + FUNCTION + "(SOURCE INTEGER) RETURNS TABLE (" + COLUMNS + ")"
			+ " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '" + TemperatureReportRows.class.getName() + ".rows'";

	static final String INSERT = "INSERT INTO TEMPERATURE_REPORT (ID, CODE, VERSION, REPORT_DATE, KEY_PERSON_ID, ROLE, TEMPERATURE_C)"
			+ " SELECT ID, CODE, VERSION, DATE(REPORT_DATE), KEY_PERSON_ID, ROLE, TEMPERATURE_C FROM TABLE(" + FUNCTION + "(?))"
			+ " AS ROWS_OF_THE_FILE";

	/** Whether a declaration found in the database is {@link #DECLARATION}: its class, and its method with these columns. */
	static boolean isDeclaredAs(String javaClass, String routine) {
		return TemperatureReportRows.class.getName().equals(javaClass)
				&& BulkLoads.routineStartsWith(routine, "rows(SOURCE INTEGER) RETURNS TABLE (" + COLUMNS + ")");
	}

	/** What one load inserts: the checked rows, all of them known before the insert begins. */
	interface Source {
		int size();

		long id(int row);

		/** The report's code, {@code KEY_PERSON/role@date}. */
		String code(int row);

		int epochDay(int row);

		long keyPersonId(int row);

		/** The role as the table holds it, the enumeration constant's name. */
		String role(int row);

		BigDecimal temperature(int row);
	}

	private static final Map<Integer, Source> OFFERED = new ConcurrentHashMap<>();
	private static final AtomicInteger NEXT_HANDLE = new AtomicInteger();

	/** Makes the rows available to the function under the returned handle, until {@link #withdraw}. */
	static int offer(Source source) {
		int handle = NEXT_HANDLE.incrementAndGet();
		OFFERED.put(handle, source);
		return handle;
	}

	static void withdraw(int handle) {
		OFFERED.remove(handle);
	}

	/** The table function: called by Derby. */
	public static ResultSet rows(int handle) throws SQLException {
		Source source = OFFERED.get(handle);
		if (source == null) {
			throw new SQLException("no temperature reports were offered under " + handle);
		}
		return new TemperatureReportRows(source);
	}

	private final Source source;
	private int row = -1;
	private int dateDay = Integer.MIN_VALUE;
	private String date;
	private boolean closed;

	private TemperatureReportRows(Source source) {
		this.source = source;
	}

	@Override
	public boolean next() throws SQLException {
		if (closed) {
			throw new SQLException("the temperature reports were closed");
		}
		row++;
		return row < source.size();
	}

	@Override
	public long getLong(int column) throws SQLException {
		return switch (column) {
		case 1 -> source.id(row);
		case 3 -> 1L;
		case 5 -> source.keyPersonId(row);
		default -> throw new SQLException("column " + column + " of the temperature reports is not a BIGINT");
		};
	}

	@Override
	public String getString(int column) throws SQLException {
		return switch (column) {
		case 2 -> source.code(row);
		case 4 -> isoDate(source.epochDay(row));
		case 6 -> source.role(row);
		default -> throw new SQLException("column " + column + " of the temperature reports is not a VARCHAR");
		};
	}

	@Override
	public BigDecimal getBigDecimal(int column) throws SQLException {
		if (column != 7) {
			throw new SQLException("column " + column + " of the temperature reports is not a DECIMAL");
		}
		return source.temperature(row);
	}

	private String isoDate(int day) {
		// a file comes day by day: one text per day, not per row
		if (day != dateDay) {
			dateDay = day;
			date = LocalDate.ofEpochDay(day).toString();
		}
		return date;
	}

	@Override
	public boolean wasNull() {
		return false;
	}

	@Override
	public void close() {
		closed = true;
	}
}
