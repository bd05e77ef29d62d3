package org.cordon.services.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.vti.VTITemplate;

/**
 * Checked checkpoint counts handed to Derby as the rows of a table function, so that
 * {@code INSERT INTO CHECKPOINT_COUNT SELECT * FROM TABLE(CORDON_CHECKPOINT_COUNT_ROWS(?))} loads
 * them: Derby inserts from a table function in bulk (a new table, each index built by sorting,
 * DERBY-4789), straight from memory, and, unlike its import procedure, within the caller's
 * transaction. Derby calls {@link #rows(int)} by name, so this class and method are public.
 */
public final class CheckpointCountRows extends VTITemplate {

	/** The function's name in the database. */
	static final String FUNCTION = "CORDON_CHECKPOINT_COUNT_ROWS";

	/**
	 * The function's result columns, in the column order of {@link #INSERT}. The date is ISO text
	 * that the insert turns into a DATE with Derby's {@code DATE()} function: a DATE column of a
	 * table function costs three calendar conversions per row (read, cast to the declared type,
	 * stored), {@code DATE('2020-02-01')} none.
	 */
	static final String COLUMNS = "ID BIGINT, CODE VARCHAR(100), VERSION BIGINT, COUNT_DATE VARCHAR(10), CHECKPOINT_ID BIGINT,"
			+ " VEHICLES INTEGER, PERSONS INTEGER, FEVER INTEGER";

	static final String DECLARATION = "CREATE FUNCTION " + FUNCTION + "(SOURCE INTEGER) RETURNS TABLE (" + COLUMNS + ")"
			+ " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '" + CheckpointCountRows.class.getName() + ".rows'";

	static final String INSERT = "INSERT INTO CHECKPOINT_COUNT (ID, CODE, VERSION, COUNT_DATE, CHECKPOINT_ID, VEHICLES, PERSONS, FEVER)"
			+ " SELECT ID, CODE, VERSION, DATE(COUNT_DATE), CHECKPOINT_ID, VEHICLES, PERSONS, FEVER FROM TABLE(" + FUNCTION + "(?))"
			+ " AS ROWS_OF_THE_FILE";

	/**
	 * Whether a declaration found in the database is {@link #DECLARATION}: its class as Derby's
	 * catalogue gives it, and its method with the signature, e.g.
	 * {@code rows("SOURCE" INTEGER) RETURNS TABLE ( "ID" BIGINT, ... ) LANGUAGE JAVA ...}.
	 */
	static boolean isDeclaredAs(String javaClass, String routine) {
		if (!CheckpointCountRows.class.getName().equals(javaClass) || routine == null) {
			return false;
		}
		String expected = "rows(SOURCE INTEGER) RETURNS TABLE (" + COLUMNS + ")";
		return withoutQuotesAndSpaces(routine).startsWith(withoutQuotesAndSpaces(expected));
	}

	private static String withoutQuotesAndSpaces(String text) {
		return text.replace("\"", "").replaceAll("\\s+", "");
	}

	/** What one load inserts: the checked rows and how to name them. */
	interface Source {
		/**
		 * Whether there is a row {@code row} (the rows are asked for in order); may wait for it.
		 *
		 * @throws SQLException when the rows turned out not to be good, which ends the insert
		 */
		boolean advanceTo(int row) throws SQLException;

		long id(int row);

		/** The code of a count: its checkpoint's code, {@code @}, the date. */
		String code(int row);

		int epochDay(int row);

		long checkpointId(int row);

		int vehicles(int row);

		int persons(int row);

		int fever(int row);
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
			throw new SQLException("no checkpoint counts were offered under " + handle);
		}
		return new CheckpointCountRows(source);
	}

	private final Source source;
	private int row = -1;
	private int dateDay = Integer.MIN_VALUE;
	private String date;
	private boolean closed;

	private CheckpointCountRows(Source source) {
		this.source = source;
	}

	@Override
	public boolean next() throws SQLException {
		if (closed) {
			throw new SQLException("the checkpoint counts were closed");
		}
		row++;
		return source.advanceTo(row);
	}

	@Override
	public long getLong(int column) throws SQLException {
		return switch (column) {
		case 1 -> source.id(row);
		case 3 -> 1L;
		case 5 -> source.checkpointId(row);
		default -> throw new SQLException("column " + column + " of the checkpoint counts is not a BIGINT");
		};
	}

	@Override
	public String getString(int column) throws SQLException {
		return switch (column) {
		case 2 -> source.code(row);
		case 4 -> isoDate(source.epochDay(row));
		default -> throw new SQLException("column " + column + " of the checkpoint counts is not a VARCHAR");
		};
	}

	private String isoDate(int day) {
		// rows come day by day: one text per day, not per row
		if (day != dateDay) {
			dateDay = day;
			date = LocalDate.ofEpochDay(day).toString();
		}
		return date;
	}

	@Override
	public int getInt(int column) throws SQLException {
		return switch (column) {
		case 6 -> source.vehicles(row);
		case 7 -> source.persons(row);
		case 8 -> source.fever(row);
		default -> throw new SQLException("column " + column + " of the checkpoint counts is not an INTEGER");
		};
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
