package org.cordon.services.transfer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RowWriter;
import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.CellType;
import org.cordon.io.transfer.Cells;
import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.InvalidValueException;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.internal.LongIntMap;

import jakarta.persistence.EntityManager;

/**
 * {@code temperature-reports} for files of any size: five a day for every key person, so a wave of
 * 20,000 key persons over two weeks is 1.4 million rows. Each row is checked with the kind's own
 * columns and the model's own rules, exactly as {@link RecordFormat} checks it, but kept as a few
 * numbers rather than an entity in the persistence context (which, with its audit lines, needs
 * more than a gigabyte for a million rows), and the rows are written with JDBC inside the import's
 * transaction: all of them, or none. Into an empty table of an embedded Derby database they go
 * in bulk through {@link TemperatureReportRows}; otherwise new reports are inserted and stored ones
 * updated with JDBC batches. As for the checkpoint counts, rows written this way are not itemised
 * in the audit trail.
 */
final class TemperatureReportsBulk {

	static final String KIND = "temperature-reports";
	private static final String TABLE = "TEMPERATURE_REPORT";
	private static final int MAX_PROBLEMS = 1000;
	private static final int BATCH = 5_000;
	private static final int MISSING = -1;
	private static final FollowUpRole[] ROLES = FollowUpRole.values();
	/** The earliest day a date cell can name (year 0000): days are kept from it, in 22 bits. */
	private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
	/** Every temperature a report can hold, 34.0 to 43.0 °C, by tenths of a degree above 34.0. */
	private static final BigDecimal[] TEMPERATURES = new BigDecimal[91];

	static {
		for (int i = 0; i < TEMPERATURES.length; i++) {
			TEMPERATURES[i] = BigDecimal.valueOf(340 + i, 1);
		}
	}

	private TemperatureReportsBulk() {
	}

	static boolean handles(RecordKind kind) {
		return KIND.equals(kind.name());
	}

	/** The checked rows of a file, column by column. */
	private static final class Rows {
		int size;
		int[] day;
		/** The row's key person, its index in {@link KeyPersons}. */
		int[] person;
		byte[] role;
		/** Tenths of a degree above 34.0 °C. */
		byte[] temperature;

		Rows(int expected) {
			int capacity = Math.max(16, expected);
			day = new int[capacity];
			person = new int[capacity];
			role = new byte[capacity];
			temperature = new byte[capacity];
		}

		void add(int dayValue, int personIndex, int roleOrdinal, int tenths) {
			if (size == day.length) {
				int capacity = size * 2;
				day = Arrays.copyOf(day, capacity);
				person = Arrays.copyOf(person, capacity);
				role = Arrays.copyOf(role, capacity);
				temperature = Arrays.copyOf(temperature, capacity);
			}
			day[size] = dayValue;
			person[size] = personIndex;
			role[size] = (byte) roleOrdinal;
			temperature[size] = (byte) tenths;
			size++;
		}
	}

	/** The stored key persons, numbered: their ids and codes by number. */
	private record KeyPersons(long[] ids, String[] codes, Map<String, Integer> numbers, LongIntMap numberOfId) {

		static KeyPersons of(Map<String, KeyPerson> byCode) {
			int size = byCode.size();
			long[] ids = new long[size];
			String[] codes = new String[size];
			Map<String, Integer> numbers = new HashMap<>(size * 2);
			LongIntMap numberOfId = new LongIntMap(size);
			int number = 0;
			for (KeyPerson person : byCode.values()) {
				ids[number] = person.getId();
				codes[number] = person.getCode();
				numbers.put(person.getCode(), number);
				numberOfId.putIfAbsent(person.getId(), number, MISSING);
				number++;
			}
			return new KeyPersons(ids, codes, numbers, numberOfId);
		}
	}

	/** A report's key, unique per key person, role and day; the same for a row and a stored report. */
	private static long key(int person, int role, int epochDay) {
		return ((long) person << 25) | ((long) role << 22) | (epochDay - FIRST_DAY);
	}

	/** Imports the file in the transaction of {@code em}. */
	static ImportCounts importFile(RecordFile file, EntityManager em) {
		JpaRecordStore store = new JpaRecordStore(em);
		KeyPersons persons = KeyPersons.of(store.byCode(KeyPerson.class));
		Rows rows = check(file, store, persons);
		Connection connection = em.unwrap(Connection.class);
		try {
			if (BulkLoads.embeddedDerby(connection) && BulkLoads.lockedAndEmpty(connection, TABLE)) {
				return bulkLoad(connection, rows, persons);
			}
			return write(connection, rows, persons);
		} catch (SQLException e) {
			throw new IllegalStateException("the temperature reports could not be written: " + e.getMessage(), e);
		}
	}

	/**
	 * Checks every row with the kind's own columns and the model's own rules, the same checks and
	 * messages as every other kind; a key given twice is a problem too.
	 *
	 * @throws CsvImportException listing the problems (the first {@value #MAX_PROBLEMS}), when there are any
	 */
	@SuppressWarnings("unchecked")
	private static Rows check(RecordFile file, JpaRecordStore store, KeyPersons persons) {
		RecordFormat<TemperatureReport> format = (RecordFormat<TemperatureReport>) RecordKinds.named(KIND).orElseThrow();
		List<ColumnSpec<TemperatureReport>> columns = format.columns();
		List<String> header = format.header();
		List<CsvProblem> problems = new ArrayList<>();
		int[] problemCount = { 0 };
		Rows rows = new Rows(file.sizeHint());
		LongIntMap keyLines = new LongIntMap(Math.max(16, file.sizeHint()));
		// the model's rules decide, on one record that every row fills in anew (each column is required)
		TemperatureReport probe = new TemperatureReport();
		Object[] values = new Object[columns.size()];
		file.rows(header, row -> {
			int before = problemCount[0];
			java.util.function.BiConsumer<String, String> problem = (column, reason) -> {
				problemCount[0]++;
				if (problems.size() < MAX_PROBLEMS) {
					problems.add(new CsvProblem(file.name(), row.line(), column, reason));
				}
			};
			if (!read(row, columns, header, store, values, problem)) {
				return;
			}
			for (int i = 0; i < values.length; i++) {
				try {
					columns.get(i).apply(probe, values[i]);
				} catch (InvalidValueException e) {
					problem.accept(columns.get(i).name(), e.getReason());
				}
			}
			if (problemCount[0] > before) {
				return;
			}
			try {
				probe.validate();
			} catch (InvalidValueException e) {
				problem.accept(e.getField(), e.getReason());
				return;
			}
			int person = persons.numbers().get(probe.getKeyPerson().getCode());
			int role = probe.getRole().ordinal();
			int day = (int) probe.getDate().toEpochDay();
			int firstLine = keyLines.putIfAbsent(key(person, role, day), (int) row.line(), MISSING);
			if (firstLine != MISSING) {
				problem.accept("date,key_person,role", "duplicate key " + Cells.quote(probe.getCode()) + ", already on line " + firstLine);
				return;
			}
			rows.add(day, person, role, probe.getTemperatureC().movePointRight(1).intValueExact() - 340);
		});
		if (problemCount[0] > 0) {
			if (problemCount[0] > problems.size()) {
				problems.add(new CsvProblem(file.name(), 0, "file", "and " + (problemCount[0] - problems.size()) + " more problems"));
			}
			throw new CsvImportException(problems);
		}
		return rows;
	}

	/** The row's cells read by their columns, as {@link RecordFormat} reads them; false when one is wrong. */
	private static boolean read(CsvRow row, List<ColumnSpec<TemperatureReport>> columns, List<String> header, JpaRecordStore store,
			Object[] values, java.util.function.BiConsumer<String, String> problem) {
		if (row.size() != columns.size()) {
			problem.accept("row", "has " + row.size() + " columns; " + columns.size() + " are expected (" + String.join(",", header) + ")");
			return false;
		}
		boolean fine = true;
		for (int i = 0; i < values.length; i++) {
			ColumnSpec<TemperatureReport> column = columns.get(i);
			String text = row.cell(i);
			if (text.isEmpty()) {
				problem.accept(column.name(), "a value is required");
				fine = false;
				continue;
			}
			try {
				values[i] = column.read(text, store);
			} catch (CellException e) {
				problem.accept(column.name(), e.getMessage());
				fine = false;
			}
		}
		return fine;
	}

	/** The rows as the table function hands them to Derby. */
	private static TemperatureReportRows.Source source(Rows rows, KeyPersons persons, long firstId) {
		String[] roleCodes = new String[ROLES.length];
		String[] roleNames = new String[ROLES.length];
		for (FollowUpRole role : ROLES) {
			roleCodes[role.ordinal()] = "/" + role.csvWord() + "@";
			roleNames[role.ordinal()] = role.name();
		}
		return new TemperatureReportRows.Source() {
			private int dateDay = Integer.MIN_VALUE;
			private String date;

			@Override
			public int size() {
				return rows.size;
			}

			@Override
			public long id(int row) {
				return firstId + row;
			}

			@Override
			public String code(int row) {
				// TemperatureReport.codeFor(key person, role, date)
				if (rows.day[row] != dateDay) {
					dateDay = rows.day[row];
					date = LocalDate.ofEpochDay(dateDay).toString();
				}
				return persons.codes()[rows.person[row]].concat(roleCodes[rows.role[row]]).concat(date);
			}

			@Override
			public int epochDay(int row) {
				return rows.day[row];
			}

			@Override
			public long keyPersonId(int row) {
				return persons.ids()[rows.person[row]];
			}

			@Override
			public String role(int row) {
				return roleNames[rows.role[row]];
			}

			@Override
			public BigDecimal temperature(int row) {
				return TEMPERATURES[rows.temperature[row]];
			}
		};
	}

	/**
	 * Inserts the checked rows from memory through the table function: into an empty table Derby
	 * fills a new table and builds each index by sorting, instead of logging every row and index
	 * entry. It is an ordinary statement of the import's transaction, so the import stays all or nothing.
	 */
	private static ImportCounts bulkLoad(Connection connection, Rows rows, KeyPersons persons) throws SQLException {
		if (rows.size == 0) {
			return new ImportCounts(0, 0, 0);
		}
		long firstId = BulkLoads.reserveIds(connection, rows.size);
		BulkLoads.declareFunction(connection, TemperatureReportRows.FUNCTION, TemperatureReportRows::isDeclaredAs,
				TemperatureReportRows.DECLARATION);
		int handle = TemperatureReportRows.offer(source(rows, persons, firstId));
		int inserted;
		try {
			inserted = BulkLoads.insertFromFunction(connection, TemperatureReportRows.INSERT, handle);
		} finally {
			TemperatureReportRows.withdraw(handle);
		}
		if (inserted != rows.size) {
			throw new SQLException("Derby inserted " + inserted + " of " + rows.size + " temperature reports");
		}
		return new ImportCounts(rows.size, 0, 0);
	}

	/**
	 * Streams every stored report to the file in the kind's export order (date, key person, role
	 * in the order of {@link FollowUpRole}) with the kind's own cell formats, without loading the
	 * reports as entities: a million of those do not fit a heap of 1 GB.
	 */
	static int export(EntityManager em, RowWriter output) {
		StringBuilder roleOrder = new StringBuilder("CASE r.ROLE");
		for (FollowUpRole role : ROLES) {
			roleOrder.append(" WHEN '").append(role.name()).append("' THEN ").append(role.ordinal());
		}
		roleOrder.append(" END");
		CellType<BigDecimal> temperature = Cells.decimal(1, -1);
		Connection connection = em.unwrap(Connection.class);
		try (PreparedStatement query = connection.prepareStatement("SELECT r.REPORT_DATE, k.CODE, r.ROLE, r.TEMPERATURE_C FROM " + TABLE
				+ " r JOIN KEY_PERSON k ON k.ID = r.KEY_PERSON_ID ORDER BY r.REPORT_DATE, k.CODE, " + roleOrder)) {
			query.setFetchSize(1000);
			String[] roleWords = new String[ROLES.length];
			for (FollowUpRole role : ROLES) {
				roleWords[role.ordinal()] = role.csvWord();
			}
			String[] temperatures = new String[TEMPERATURES.length];
			for (int i = 0; i < TEMPERATURES.length; i++) {
				temperatures[i] = temperature.format(TEMPERATURES[i]);
			}
			try (ResultSet result = query.executeQuery()) {
				java.sql.Date day = null;
				String date = null;
				while (result.next()) {
					java.sql.Date next = result.getDate(1);
					if (!next.equals(day)) {
						day = next;
						date = next.toLocalDate().toString();
					}
					BigDecimal value = result.getBigDecimal(4);
					int tenths = value.movePointRight(1).intValueExact() - 340;
					output.row(date, result.getString(2), roleWords[FollowUpRole.valueOf(result.getString(3)).ordinal()],
							tenths >= 0 && tenths < temperatures.length && value.scale() <= 1 ? temperatures[tenths] : temperature.format(value));
				}
			}
			return output.rowCount();
		} catch (SQLException e) {
			throw new IllegalStateException("the temperature reports could not be read: " + e.getMessage(), e);
		}
	}

	/** The reports already stored on the file's days, by key: their ids and temperatures. */
	private record Stored(LongIntMap indexOfKey, long[] ids, byte[] temperatures) {
	}

	private static Stored stored(Connection connection, Rows rows, KeyPersons persons) throws SQLException {
		LongIntMap indexOfKey = new LongIntMap(1024);
		long[] ids = new long[1024];
		byte[] temperatures = new byte[1024];
		int size = 0;
		if (rows.size > 0) {
			int first = Integer.MAX_VALUE;
			int last = Integer.MIN_VALUE;
			for (int i = 0; i < rows.size; i++) {
				first = Math.min(first, rows.day[i]);
				last = Math.max(last, rows.day[i]);
			}
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT ID, KEY_PERSON_ID, ROLE, REPORT_DATE, TEMPERATURE_C FROM " + TABLE + " WHERE REPORT_DATE BETWEEN ? AND ?")) {
				query.setDate(1, Date.valueOf(LocalDate.ofEpochDay(first)));
				query.setDate(2, Date.valueOf(LocalDate.ofEpochDay(last)));
				query.setFetchSize(1000);
				try (ResultSet result = query.executeQuery()) {
					while (result.next()) {
						int person = persons.numberOfId().get(result.getLong(2), MISSING);
						int role = FollowUpRole.valueOf(result.getString(3)).ordinal();
						int day = (int) result.getDate(4).toLocalDate().toEpochDay();
						if (size == ids.length) {
							ids = Arrays.copyOf(ids, size * 2);
							temperatures = Arrays.copyOf(temperatures, size * 2);
						}
						ids[size] = result.getLong(1);
						temperatures[size] = (byte) (result.getBigDecimal(5).movePointRight(1).intValueExact() - 340);
						indexOfKey.putIfAbsent(key(person, role, day), size, MISSING);
						size++;
					}
				}
			}
		}
		return new Stored(indexOfKey, ids, temperatures);
	}

	/**
	 * Inserts the new reports and updates the stored ones whose temperature changed, with JDBC
	 * batches (a table that holds reports, or a server database); a report whose temperature is the
	 * same is left as it is, as EclipseLink would leave it, but counted as updated.
	 */
	private static ImportCounts write(Connection connection, Rows rows, KeyPersons persons) throws SQLException {
		Stored stored = stored(connection, rows, persons);
		int[] storedIndex = new int[rows.size];
		int created = 0;
		for (int i = 0; i < rows.size; i++) {
			storedIndex[i] = stored.indexOfKey().get(key(rows.person[i], rows.role[i], rows.day[i]), MISSING);
			if (storedIndex[i] == MISSING) {
				created++;
			}
		}
		long nextId = BulkLoads.reserveIds(connection, created);
		TemperatureReportRows.Source source = source(rows, persons, 0);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
				+ " (ID, CODE, VERSION, REPORT_DATE, KEY_PERSON_ID, ROLE, TEMPERATURE_C) VALUES (?, ?, 1, ?, ?, ?, ?)");
				PreparedStatement update = connection
						.prepareStatement("UPDATE " + TABLE + " SET TEMPERATURE_C = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
			int pendingInserts = 0;
			int pendingUpdates = 0;
			for (int i = 0; i < rows.size; i++) {
				int index = storedIndex[i];
				if (index == MISSING) {
					insert.setLong(1, nextId++);
					insert.setString(2, source.code(i));
					insert.setDate(3, Date.valueOf(LocalDate.ofEpochDay(rows.day[i])));
					insert.setLong(4, source.keyPersonId(i));
					insert.setString(5, source.role(i));
					insert.setBigDecimal(6, source.temperature(i));
					insert.addBatch();
					if (++pendingInserts == BATCH) {
						insert.executeBatch();
						pendingInserts = 0;
					}
				} else if (stored.temperatures()[index] != rows.temperature[i]) {
					update.setBigDecimal(1, source.temperature(i));
					update.setLong(2, stored.ids()[index]);
					update.addBatch();
					if (++pendingUpdates == BATCH) {
						update.executeBatch();
						pendingUpdates = 0;
					}
				}
			}
			if (pendingInserts > 0) {
				insert.executeBatch();
			}
			if (pendingUpdates > 0) {
				update.executeBatch();
			}
		}
		return new ImportCounts(created, rows.size - created, 0);
	}
}
