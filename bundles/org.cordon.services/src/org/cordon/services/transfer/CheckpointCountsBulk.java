package org.cordon.services.transfer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RowWriter;
import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.CellType;
import org.cordon.io.transfer.Cells;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.io.transfer.RecordKind;
import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.services.internal.CheckpointDayTotals;
import org.cordon.services.internal.FeverFollowUp;
import org.cordon.services.internal.LongIntMap;

import jakarta.persistence.EntityManager;

/**
 * {@code checkpoint-counts} for files of any size: the same checks and messages as every other
 * kind (the model's own rules decide), but rows are kept as numbers rather than entities and
 * written with JDBC batches inside the import's transaction, so a million rows fit in memory and
 * still go in all together or not at all.
 */
final class CheckpointCountsBulk {

	static final String KIND = "checkpoint-counts";
	private static final List<String> HEADER = List.of("date", "checkpoint", "vehicles", "persons", "fever");
	private static final int MAX_PROBLEMS = 1000;
	private static final int BATCH = 5_000;
	private static final int MISSING = -1;
	private static final CellType<LocalDate> DATE = Cells.date();
	private static final CellType<Integer> COUNT = Cells.count();
	private static final CellType<String> CODE = Cells.code();

	private CheckpointCountsBulk() {
	}

	/**
	 * The checked rows of a file, column by column. While the file is being checked on one thread,
	 * another may already read the rows checked so far ({@link #awaitRow}): the checker publishes
	 * them every {@value #PUBLISH_EVERY} rows, and the arrays it has published stay valid after it
	 * grows them, since growing copies them.
	 */
	private static final class Rows {
		private static final int PUBLISH_EVERY = 4096;

		int size;
		int[] day = new int[1024];
		/** The number of the row's checkpoint code in {@link #codes}. */
		int[] checkpoint = new int[1024];
		int[] vehicles = new int[1024];
		int[] persons = new int[1024];
		int[] fever = new int[1024];

		/** The checkpoint codes the rows name, numbered in the order they first appear. */
		final List<String> codes = new ArrayList<>();

		// what the checker has published, guarded by this
		private Published published = new Published(new int[][] { day, checkpoint, vehicles, persons, fever }, 0, new String[0]);
		private boolean complete;
		private boolean abandoned;

		void add(int dayValue, int checkpointIndex, int vehiclesValue, int personsValue, int feverValue) {
			if (size == day.length) {
				int capacity = size * 2;
				day = java.util.Arrays.copyOf(day, capacity);
				checkpoint = java.util.Arrays.copyOf(checkpoint, capacity);
				vehicles = java.util.Arrays.copyOf(vehicles, capacity);
				persons = java.util.Arrays.copyOf(persons, capacity);
				fever = java.util.Arrays.copyOf(fever, capacity);
			}
			day[size] = dayValue;
			checkpoint[size] = checkpointIndex;
			vehicles[size] = vehiclesValue;
			persons[size] = personsValue;
			fever[size] = feverValue;
			size++;
			if (size % PUBLISH_EVERY == 0) {
				publish(false);
			}
		}

		/** The checker is done and every row is good. */
		void complete() {
			publish(true);
		}

		/** The file has a problem: a reader stops at once, whatever was checked before. */
		synchronized void abandon() {
			abandoned = true;
			notifyAll();
		}

		private synchronized void publish(boolean last) {
			published = new Published(new int[][] { day, checkpoint, vehicles, persons, fever }, size, codes.toArray(String[]::new));
			complete |= last;
			notifyAll();
		}

		/**
		 * For a reader on another thread: waits until row {@code row} is checked.
		 *
		 * @return what the checker has published, which holds the row, or null when the file has no such row
		 * @throws SQLException when the file turned out to have problems
		 */
		synchronized Published awaitRow(int row) throws SQLException {
			while (!abandoned && !complete && row >= published.rows()) {
				try {
					wait();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new SQLException("the import was interrupted", e);
				}
			}
			if (abandoned) {
				throw new SQLException("the file has problems");
			}
			return row < published.rows() ? published : null;
		}
	}

	/**
	 * Rows as the checker published them, all at once: its columns then (they stay valid after it
	 * grows them, since growing copies them), how many rows they hold, and the codes those name.
	 */
	private record Published(int[][] columns, int rows, String[] codes) {
	}

	/** Checks begun before their import ({@link #checkAhead}), by file; a file never imported is let go. */
	private static final Map<RecordFile, Check> CHECKED_AHEAD = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

	/**
	 * Begins checking a file on a thread of its own before it is imported: all but whether the
	 * checkpoints it names exist needs no database, so this check may run while the database opens.
	 * {@link #importFile} of the same file takes it over.
	 */
	static void checkAhead(RecordFile file) {
		Check check = new Check(file, null);
		CHECKED_AHEAD.put(file, check);
		check.start();
	}

	/**
	 * Imports the file in the transaction of {@code em}: into an empty table of an embedded
	 * database in bulk (see {@link #bulkLoad}), otherwise with JDBC batches.
	 */
	static ImportCounts importFile(RecordFile file, EntityManager em) {
		Check ahead = CHECKED_AHEAD.remove(file);
		Check check = ahead != null ? ahead : new Check(file, null);
		List<Checkpoint> checkpoints = em.createQuery("select c from Checkpoint c", Checkpoint.class).getResultList();
		Map<String, Integer> stored = new HashMap<>();
		for (int i = 0; i < checkpoints.size(); i++) {
			stored.put(checkpoints.get(i).getCode(), i);
		}
		Connection connection = em.unwrap(Connection.class);
		try {
			if (BulkLoads.embeddedDerby(connection) && BulkLoads.lockedAndEmpty(connection, "CHECKPOINT_COUNT")) {
				ImportCounts counts;
				try {
					counts = bulkLoad(connection, check, file.sizeHint(), checkpoints, stored);
				} catch (SQLException e) {
					// The rows' problems, if any, are what to report rather than the insert that stopped.
					checkpointsOfCodes(check, checkpoints, stored);
					throw e;
				}
				int[] checkpointOfCode = checkpointsOfCodes(check, checkpoints, stored);
				followFever(file, em, check.rows, checkpoints, checkpointOfCode, check.keyLines);
				if (check.rows.size > 0) {
					replaceDayTotals(connection, check.rows);
				}
				return counts;
			}
			int[] checkpointOfCode = checkpointsOfCodes(check, checkpoints, stored);
			Rows rows = check.rows;
			ImportCounts counts = write(connection, rows, checkpoints, checkpointOfCode);
			followFever(file, em, rows, checkpoints, checkpointOfCode, check.keyLines);
			if (rows.size > 0) {
				CheckpointDayTotals.refresh(connection, LocalDate.ofEpochDay(min(rows.day, rows.size)), LocalDate.ofEpochDay(max(rows.day, rows.size)));
			}
			return counts;
		} catch (SQLException e) {
			throw new IllegalStateException("the checkpoint counts could not be written: " + e.getMessage(), e);
		}
	}

	/**
	 * The stored checkpoint (its index in {@code checkpoints}) of each code the file names, once its
	 * check is done; throws the file's problems if it has any. When the file names a checkpoint that
	 * does not exist, it is checked again against the stored ones, so that the rows naming it are
	 * reported among the other problems by line, exactly as a check against them reports.
	 */
	private static int[] checkpointsOfCodes(Check check, List<Checkpoint> checkpoints, Map<String, Integer> stored) throws SQLException {
		check.await();
		List<String> codes = check.rows.codes;
		int[] checkpointOfCode = new int[codes.size()];
		for (int i = 0; i < codes.size(); i++) {
			Integer index = stored.get(codes.get(i));
			if (index == null) {
				Check againstStored = new Check(check.file, checkpoints);
				againstStored.run();
				againstStored.throwProblems();
				throw new IllegalStateException("the file names the checkpoint " + Cells.quote(codes.get(i)) + ", which does not exist");
			}
			checkpointOfCode[i] = index;
		}
		check.throwProblems();
		return checkpointOfCode;
	}

	/**
	 * The checks of a file's rows: the same checks and messages as every other kind, the model's own
	 * rules decide. Checked against the stored checkpoints, a code that names none is a problem;
	 * checked without them (before the database is open, say), the codes are only numbered, and
	 * whether they exist is decided by {@link #checkpointsOfCodes}.
	 */
	private static final class Check implements Runnable {
		final Rows rows = new Rows();
		final LongIntMap keyLines = new LongIntMap(1 << 16);
		final RecordFile file;
		private final boolean againstStored;
		private final Map<String, Integer> codeNumber = new HashMap<>();
		/** For each code's number, a checkpoint with that code for the model's rules. */
		private final List<Checkpoint> checkpointOfNumber = new ArrayList<>();
		private final List<CsvProblem> problems = new ArrayList<>();
		private int problemCount;
		private RuntimeException failure;
		private Thread thread;

		/** @param stored the stored checkpoints, or null to number the codes as they come */
		Check(RecordFile file, List<Checkpoint> stored) {
			this.file = file;
			this.againstStored = stored != null;
			if (stored != null) {
				stored.forEach(this::number);
			}
		}

		private int number(Checkpoint checkpoint) {
			int number = rows.codes.size();
			codeNumber.put(checkpoint.getCode(), number);
			rows.codes.add(checkpoint.getCode());
			checkpointOfNumber.add(checkpoint);
			return number;
		}

		/** Runs the check on a thread of its own, unless it has begun already. */
		synchronized void start() {
			if (thread == null) {
				thread = new Thread(this, "Cordon import check of " + file.name());
				thread.setDaemon(true);
				thread.start();
			}
		}

		/** Waits for the check to end, starting it if it has not begun. */
		void await() throws SQLException {
			start();
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SQLException("the import was interrupted", e);
			}
		}

		@Override
		public void run() {
			try {
				checkRows();
			} catch (RuntimeException e) {
				// A file that cannot be read as CSV at all; the caller throws it.
				failure = e;
			} catch (Error e) {
				failure = new IllegalStateException("the file could not be checked: " + e, e);
			} finally {
				// a reader waiting for rows must learn either way
				if (failure != null || problemCount > 0) {
					rows.abandon();
				} else {
					rows.complete();
				}
			}
		}

		/** Throws what the check found wrong, if anything. */
		void throwProblems() {
			if (failure != null) {
				throw failure;
			}
			if (problemCount > 0) {
				List<CsvProblem> listed = new ArrayList<>(problems);
				if (problemCount > listed.size()) {
					listed.add(new CsvProblem(file.name(), 0, "file", "and " + (problemCount - listed.size()) + " more problems"));
				}
				throw new CsvImportException(listed);
			}
		}

		private void checkRows() {
			CheckpointCount probe = new CheckpointCount();
			file.rows(HEADER, row -> {
				int before = problemCount;
				java.util.function.BiConsumer<String, String> problem = (column, reason) -> {
					if (problemCount++ == 0) {
						rows.abandon();
					}
					if (problems.size() < MAX_PROBLEMS) {
						problems.add(new CsvProblem(file.name(), row.line(), column, reason));
					}
				};
				if (row.size() != HEADER.size()) {
					problem.accept("row", "has " + row.size() + " columns; 5 are expected (" + String.join(",", HEADER) + ")");
					return;
				}
				LocalDate date = parse(row.cell(0), DATE, "date", problem);
				// A code seen before is a valid code: only a new one needs checking.
				Integer number = codeNumber.get(row.cell(1));
				if (number == null) {
					String code = parse(row.cell(1), CODE, "checkpoint", problem);
					if (code != null) {
						if (againstStored) {
							problem.accept("checkpoint", "there is no checkpoint with the code " + Cells.quote(code));
						} else {
							Checkpoint named = new Checkpoint();
							named.setCode(code);
							number = number(named);
						}
					}
				}
				Integer vehicles = parse(row.cell(2), COUNT, "vehicles", problem);
				Integer persons = parse(row.cell(3), COUNT, "persons", problem);
				Integer fever = parse(row.cell(4), COUNT, "fever", problem);
				if (problemCount > before) {
					return;
				}
				try {
					// The model's own rules decide, so the bulk path accepts exactly what the entity accepts.
					probe.setDate(date);
					probe.setCheckpoint(checkpointOfNumber.get(number));
					probe.setVehicles(vehicles);
					probe.setPersons(persons);
					probe.setFever(fever);
					probe.validate();
				} catch (InvalidValueException e) {
					problem.accept(e.getField(), e.getReason());
					return;
				}
				long key = ((long) number << 32) | (date.toEpochDay() & 0xFFFFFFFFL);
				int firstLine = keyLines.putIfAbsent(key, (int) row.line(), MISSING);
				if (firstLine != MISSING) {
					problem.accept("date,checkpoint", "duplicate key \"" + CheckpointCount.codeFor(row.cell(1), date) + "\", already on line " + firstLine);
					return;
				}
				rows.add((int) date.toEpochDay(), number, vehicles, persons, fever);
			});
		}
	}

	/** The day totals of a load into an empty table: the sums of the file's rows. */
	private static void replaceDayTotals(Connection connection, Rows rows) throws SQLException {
		int first = min(rows.day, rows.size);
		int span = max(rows.day, rows.size) - first + 1;
		long[] vehicles = new long[span];
		long[] persons = new long[span];
		long[] fever = new long[span];
		boolean[] counted = new boolean[span];
		for (int i = 0; i < rows.size; i++) {
			int day = rows.day[i] - first;
			vehicles[day] += rows.vehicles[i];
			persons[day] += rows.persons[i];
			fever[day] += rows.fever[i];
			counted[day] = true;
		}
		int size = 0;
		int[] days = new int[span];
		for (int day = 0; day < span; day++) {
			if (counted[day]) {
				days[size] = first + day;
				vehicles[size] = vehicles[day];
				persons[size] = persons[day];
				fever[size] = fever[day];
				size++;
			}
		}
		CheckpointDayTotals.replaceAll(connection, days, vehicles, persons, fever, size);
	}

	private static int min(int[] values, int size) {
		int min = Integer.MAX_VALUE;
		for (int i = 0; i < size; i++) {
			min = Math.min(min, values[i]);
		}
		return min;
	}

	private static int max(int[] values, int size) {
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < size; i++) {
			max = Math.max(max, values[i]);
		}
		return max;
	}

	/**
	 * Inserts the rows (checked, with their keys, codes and versions) from memory through the table
	 * function {@link CheckpointCountRows}. Into an empty table Derby inserts from a table function
	 * in bulk: it fills a new table and builds each index by sorting, instead of logging every row
	 * and index entry, which is most of the cost of a million-row import. It is an ordinary
	 * statement of the import's transaction, so the import stays all or nothing.
	 */
	private static ImportCounts bulkLoad(Connection connection, Check check, int lineCount, List<Checkpoint> checkpoints, Map<String, Integer> stored)
			throws SQLException {
		// Keys for every line the file might hold: the rows are inserted while they are checked.
		// Keys of lines that are no rows (comments, blank lines) are simply never used.
		long firstId = BulkLoads.reserveIds(connection, Math.max(0, lineCount - 1));
		Rows rows = check.rows;
		CheckpointCountRows.Source source = new CheckpointCountRows.Source() {
			private int[][] columns;
			private int readable;
			// by the number of a code (Rows.codes), as far as the rows read so far name them
			private String[] codePrefixes = new String[0];
			private long[] checkpointIds = new long[0];
			private int dateDay = Integer.MIN_VALUE;
			private String date;

			@Override
			public boolean advanceTo(int row) throws SQLException {
				if (row < readable) {
					return true;
				}
				Published published = rows.awaitRow(row);
				if (published == null) {
					return false;
				}
				columns = published.columns();
				readable = published.rows();
				resolve(published.codes());
				return true;
			}

			/** Looks up the checkpoints of codes the check has numbered since the last rows. */
			private void resolve(String[] codes) throws SQLException {
				int known = checkpointIds.length;
				if (codes.length == known) {
					return;
				}
				codePrefixes = java.util.Arrays.copyOf(codePrefixes, codes.length);
				checkpointIds = java.util.Arrays.copyOf(checkpointIds, codes.length);
				for (int i = known; i < codes.length; i++) {
					Integer index = stored.get(codes[i]);
					if (index == null) {
						// importFile reports the rows that name it, with the file's other problems
						throw new SQLException("the file names a checkpoint that does not exist");
					}
					codePrefixes[i] = codes[i] + "@";
					checkpointIds[i] = checkpoints.get(index).getId();
				}
			}

			@Override
			public long id(int row) {
				return firstId + row;
			}

			@Override
			public String code(int row) {
				// CheckpointCount.codeFor(checkpoint code, date); rows come day by day
				if (columns[0][row] != dateDay) {
					dateDay = columns[0][row];
					date = LocalDate.ofEpochDay(dateDay).toString();
				}
				return codePrefixes[columns[1][row]].concat(date);
			}

			@Override
			public int epochDay(int row) {
				return columns[0][row];
			}

			@Override
			public long checkpointId(int row) {
				return checkpointIds[columns[1][row]];
			}

			@Override
			public int vehicles(int row) {
				return columns[2][row];
			}

			@Override
			public int persons(int row) {
				return columns[3][row];
			}

			@Override
			public int fever(int row) {
				return columns[4][row];
			}
		};
		BulkLoads.declareFunction(connection, CheckpointCountRows.FUNCTION, CheckpointCountRows::isDeclaredAs, CheckpointCountRows.DECLARATION);
		int handle = CheckpointCountRows.offer(source);
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		// Derby finds the function's class through the thread's class loader: in OSGi, this bundle's
		thread.setContextClassLoader(CheckpointCountRows.class.getClassLoader());
		int inserted;
		try (PreparedStatement insert = connection.prepareStatement(CheckpointCountRows.INSERT)) {
			insert.setInt(1, handle);
			// Checking and inserting overlap: Derby builds the table from the rows checked so far.
			check.start();
			inserted = insert.executeUpdate();
		} finally {
			thread.setContextClassLoader(callers);
			CheckpointCountRows.withdraw(handle);
		}
		check.await();
		if (inserted != rows.size) {
			throw new SQLException("Derby inserted " + inserted + " of " + rows.size + " checkpoint counts");
		}
		return new ImportCounts(rows.size, 0, 0);
	}

	/**
	 * The screening group's follow-up cases for the rows with fever (and for the rows that lower a
	 * day's fever below its cases), in the import's transaction; a refusal rolls the import back.
	 */
	private static void followFever(RecordFile file, EntityManager em, Rows rows, List<Checkpoint> checkpoints, int[] checkpointOfCode,
			LongIntMap keyLines) {
		if (rows.size == 0) {
			return;
		}
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (int i = 0; i < rows.size; i++) {
			first = Math.min(first, rows.day[i]);
			last = Math.max(last, rows.day[i]);
		}
		FeverFollowUp followUp = FeverFollowUp.between(em, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
		List<CsvProblem> problems = new ArrayList<>();
		for (int i = 0; i < rows.size; i++) {
			try {
				followUp.follow(checkpoints.get(checkpointOfCode[rows.checkpoint[i]]), LocalDate.ofEpochDay(rows.day[i]), rows.fever[i]);
			} catch (InvalidValueException e) {
				long key = ((long) rows.checkpoint[i] << 32) | (rows.day[i] & 0xFFFFFFFFL);
				problems.add(new CsvProblem(file.name(), keyLines.get(key, 0), e.getField(), e.getReason()));
			}
		}
		if (!problems.isEmpty()) {
			throw new CsvImportException(problems);
		}
		if (followUp.opened() > 0) {
			em.flush();
		}
	}

	private static <V> V parse(String text, CellType<V> type, String column, java.util.function.BiConsumer<String, String> problem) {
		if (text.isEmpty()) {
			problem.accept(column, "a value is required");
			return null;
		}
		try {
			return type.parse(text);
		} catch (CellException e) {
			problem.accept(column, e.getMessage());
			return null;
		}
	}

	private static ImportCounts write(Connection connection, Rows rows, List<Checkpoint> checkpoints, int[] checkpointOfCode) throws SQLException {
		LongIntMap existing = existingRows(connection, rows);
		long[] ids = new long[rows.size];
		int created = 0;
		for (int i = 0; i < rows.size; i++) {
			long key = key(checkpoints.get(checkpointOfCode[rows.checkpoint[i]]).getId(), rows.day[i]);
			int id = existing.get(key, MISSING);
			if (id == MISSING) {
				created++;
			}
			ids[i] = id;
		}
		long nextId = BulkLoads.reserveIds(connection, created);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CHECKPOINT_COUNT"
				+ " (ID, CODE, VERSION, COUNT_DATE, CHECKPOINT_ID, VEHICLES, PERSONS, FEVER) VALUES (?, ?, 1, ?, ?, ?, ?, ?)");
				PreparedStatement update = connection.prepareStatement(
						"UPDATE CHECKPOINT_COUNT SET VEHICLES = ?, PERSONS = ?, FEVER = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
			int pendingInserts = 0;
			int pendingUpdates = 0;
			for (int i = 0; i < rows.size; i++) {
				if (ids[i] == MISSING) {
					Checkpoint checkpoint = checkpoints.get(checkpointOfCode[rows.checkpoint[i]]);
					LocalDate date = LocalDate.ofEpochDay(rows.day[i]);
					insert.setLong(1, nextId++);
					insert.setString(2, CheckpointCount.codeFor(checkpoint.getCode(), date));
					insert.setDate(3, Date.valueOf(date));
					insert.setLong(4, checkpoint.getId());
					insert.setInt(5, rows.vehicles[i]);
					insert.setInt(6, rows.persons[i]);
					insert.setInt(7, rows.fever[i]);
					insert.addBatch();
					if (++pendingInserts == BATCH) {
						insert.executeBatch();
						pendingInserts = 0;
					}
				} else {
					update.setInt(1, rows.vehicles[i]);
					update.setInt(2, rows.persons[i]);
					update.setInt(3, rows.fever[i]);
					update.setLong(4, ids[i]);
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

	private static long key(long checkpointId, int epochDay) {
		return (checkpointId << 32) | (epochDay & 0xFFFFFFFFL);
	}

	/** The ids of stored counts on the file's days, keyed like the file's rows. */
	private static LongIntMap existingRows(Connection connection, Rows rows) throws SQLException {
		LongIntMap existing = new LongIntMap(1024);
		if (rows.size == 0) {
			return existing;
		}
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (int i = 0; i < rows.size; i++) {
			first = Math.min(first, rows.day[i]);
			last = Math.max(last, rows.day[i]);
		}
		try (PreparedStatement query = connection
				.prepareStatement("SELECT ID, CHECKPOINT_ID, COUNT_DATE FROM CHECKPOINT_COUNT WHERE COUNT_DATE BETWEEN ? AND ?")) {
			query.setDate(1, Date.valueOf(LocalDate.ofEpochDay(first)));
			query.setDate(2, Date.valueOf(LocalDate.ofEpochDay(last)));
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					long id = result.getLong(1);
					if (id > Integer.MAX_VALUE) {
						throw new SQLException("record id " + id + " is beyond what the bulk import handles");
					}
					existing.putIfAbsent(key(result.getLong(2), (int) result.getDate(3).toLocalDate().toEpochDay()), (int) id, MISSING);
				}
			}
		}
		return existing;
	}

	/** Streams every stored count to the file, by date and checkpoint, without loading them as entities. */
	static int export(EntityManager em, RowWriter output) {
		Connection connection = em.unwrap(Connection.class);
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT n.COUNT_DATE, c.CODE, n.VEHICLES, n.PERSONS, n.FEVER"
						+ " FROM CHECKPOINT_COUNT n JOIN CHECKPOINT c ON c.ID = n.CHECKPOINT_ID ORDER BY n.COUNT_DATE, c.CODE")) {
			statement.setFetchSize(1000);
			while (result.next()) {
				output.row(result.getDate(1).toLocalDate().toString(), result.getString(2), Integer.toString(result.getInt(3)),
						Integer.toString(result.getInt(4)), Integer.toString(result.getInt(5)));
			}
			return output.rowCount();
		} catch (SQLException e) {
			throw new IllegalStateException("the checkpoint counts could not be read: " + e.getMessage(), e);
		}
	}

	static boolean handles(RecordKind kind) {
		return KIND.equals(kind.name());
	}
}
