package org.cordon.services.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFile;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

/**
 * {@code temperature-reports} in bulk ({@link TemperatureReportsBulk}): the checks and messages of
 * every other kind, all rows or none, the same stored reports as the records path stores.
 */
class TemperatureReportsImportTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2020, 2, 1);
	private static final List<String> ROLES = List.of("education_cadre", "township_cadre", "village_doctor", "village_cadre", "police_officer");
	private static final int PERSONS = 200;

	@TempDir
	Path temp;

	private CordonDatabase database;
	private TransferService transfer;

	@BeforeEach
	void emptyDatabaseWithKeyPersons() throws Exception {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		transfer = OsgiServices.await(TransferService.class);
		transfer.importFile("townships", Files.writeString(temp.resolve("townships.csv"), "code,name,kind,order\nT-01,临泉镇,town,1\n"));
		StringBuilder persons = new StringBuilder("code,name,category,origin,township,community,arrived,phone\n");
		for (int i = 0; i < PERSONS; i++) {
			persons.append(String.format("KP-%03d,重点人员%d,student,湖北武汉,T-01,,2020-01-20,%n", i, i));
		}
		transfer.importFile("key-persons", Files.writeString(temp.resolve("key-persons.csv"), persons));
	}

	@AfterEach
	void close() {
		database.close();
	}

	/** A temperature of 36.1 to 37.2 with a tenth that is never 0, so that it is exported as written. */
	private static String temperature(int day, int person, int role, int shift) {
		int tenths = 361 + (day * 7 + person * 3 + role + shift) % 12;
		if (tenths % 10 == 0) {
			tenths++;
		}
		return tenths / 10 + "." + tenths % 10;
	}

	/** Every key person's five reports a day for {@code days} days from 1 Feb 2020, in export order; {@code badLine} gets a bad temperature. */
	private Path reports(String name, int days, int badLine, int shift) throws Exception {
		Path file = temp.resolve(name);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("date,key_person,role,temperature_c\n");
			int line = 1;
			for (int day = 0; day < days; day++) {
				String date = FIRST_DAY.plusDays(day).toString();
				for (int person = 0; person < PERSONS; person++) {
					for (int role = 0; role < ROLES.size(); role++) {
						line++;
						out.write(date + ",KP-" + String.format("%03d", person) + "," + ROLES.get(role) + ","
								+ (line == badLine ? "44.0" : temperature(day, person, role, shift)) + "\n");
					}
				}
			}
		}
		return file;
	}

	private long stored() {
		return transfer.count("temperature-reports");
	}

	@Test
	void aLargeFileGoesInWholeAndOneBadRowWritesNothing() throws Exception {
		Path bad = reports("bad.csv", 30, 20_001, 0);
		CsvImportException e = assertThrows(CsvImportException.class, () -> transfer.importFile("temperature-reports", bad));
		assertEquals(List.of("bad.csv:20001: temperature_c: 44.0 is outside 34.0 to 43.0"), e.problems().stream().map(Object::toString).toList());
		assertEquals(0, stored());

		Path good = reports("good.csv", 30, -1, 0);
		assertEquals(new ImportCounts(30_000, 0, 0), transfer.importFile("temperature-reports", good));
		assertEquals(30_000, stored());
		Path exported = temp.resolve("exported.csv");
		assertEquals(30_000, transfer.exportFile("temperature-reports", exported));
		assertEquals(Files.readString(good), Files.readString(exported));
	}

	@Test
	void importingAgainUpdatesTheStoredReportsAndAddsTheNewOnes() throws Exception {
		assertEquals(new ImportCounts(10_000, 0, 0), transfer.importFile("temperature-reports", reports("first.csv", 10, -1, 0)));
		// the same ten days with other temperatures, and two days more: the batch path, into a table that holds reports
		Path again = reports("again.csv", 12, -1, 5);
		assertEquals(new ImportCounts(2_000, 10_000, 0), transfer.importFile("temperature-reports", again));
		assertEquals(12_000, stored());
		Path exported = temp.resolve("exported.csv");
		transfer.exportFile("temperature-reports", exported);
		assertEquals(Files.readString(again), Files.readString(exported));
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			// a changed report has a new version, as a save would give it; the keys stay
			assertEquals(List.of(1L, 2L), em.createQuery("select distinct r.version from TemperatureReport r order by r.version", Long.class)
					.getResultList());
			assertEquals(12_000L, em.createQuery("select count(distinct r.id) from TemperatureReport r", Long.class).getSingleResult());
		} finally {
			em.close();
		}
		// the same file once more changes nothing, but every row is counted as an update
		assertEquals(new ImportCounts(0, 12_000, 0), transfer.importFile("temperature-reports", again));
	}

	private static final String PROBLEMS = """
			date,key_person,role,temperature_c
			2020-02-01,KP-001,education_cadre,36.5
			2020-02-01,KP-001,education_cadre,36.6
			2020-02-01,KP-999,education_cadre,36.5
			2020-02-01,KP 002,education_cadre,36.5
			2020-02-01,,education_cadre,36.5
			2020-02-31,KP-003,village_doctor,36.5
			2020-02-01,KP-003,doctor,36.5
			2020-02-01,KP-004,village_doctor,33.9
			2020-02-01,KP-004,police_officer,36.55
			2020-02-01,KP-004,police_officer,-1
			2020-02-01,KP-004,village_cadre
			2020-02-01,KP-005,village_cadre,36.5,extra
			2020-02-02,KP-005,village_cadre,x
			""";

	@Test
	void theProblemsAreThoseTheRecordsPathFindsWordForWord() throws Exception {
		CsvImportException bulk = assertThrows(CsvImportException.class,
				() -> transfer.importFile("temperature-reports", Files.writeString(temp.resolve("problems.csv"), PROBLEMS)));
		List<String> expected = recordsPathProblems(CsvFile.of("problems.csv", PROBLEMS));
		assertEquals(12, expected.size(), String.join("\n", expected));
		assertEquals(expected, bulk.problems().stream().map(Object::toString).toList());
		assertEquals(0, stored());
	}

	/** What the kind's generic import (RecordFormat, every entity in the persistence context) says of a file. */
	private List<String> recordsPathProblems(RecordFile file) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			CsvImportException e = assertThrows(CsvImportException.class,
					() -> RecordKinds.named("temperature-reports").orElseThrow().importFile(file, new JpaRecordStore(em)));
			return e.problems().stream().map(CsvProblem::toString).toList();
		} finally {
			em.getTransaction().rollback();
			em.close();
		}
	}

	@Test
	void aFileWithMoreProblemsThanAListCanHoldListsTheFirstThousand() throws Exception {
		Path file = temp.resolve("unknown.csv");
		StringBuilder text = new StringBuilder("date,key_person,role,temperature_c\n");
		for (int i = 0; i < 1_500; i++) {
			text.append("2020-02-01,KP-X").append(i).append(",village_doctor,36.5\n");
		}
		CsvImportException e = assertThrows(CsvImportException.class, () -> transfer.importFile("temperature-reports", Files.writeString(file, text)));
		assertEquals(1_001, e.problems().size());
		assertEquals("unknown.csv:2: key_person: there is no key person with the code \"KP-X0\"", e.problems().get(0).toString());
		assertEquals("unknown.csv:0: file: and 500 more problems", e.problems().get(1_000).toString());
	}

	@Test
	void aLoadIntoAnEmptyTableIsUndoneWhenALaterFileOfTheSameImportFails() throws Exception {
		String badMember = "key_person,role,name,phone\nKP-001,nurse,田某辉,\n";
		List<KindFile> files = List.of(new KindFile("temperature-reports", CsvFile.read(reports("reports.csv", 5, -1, 0))),
				new KindFile("follow-up-members", CsvFile.read(Files.writeString(temp.resolve("members.csv"), badMember))));
		assertThrows(CsvImportException.class, () -> transfer.importAll(files));
		assertEquals(0, stored());

		assertEquals(new ImportCounts(5_000, 0, 0), transfer.importFile("temperature-reports", reports("reports.csv", 5, -1, 0)));
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			assertEquals(List.of(TemperatureReportRows.class.getName()), em
					.createNativeQuery("SELECT JAVACLASSNAME FROM SYS.SYSALIASES WHERE ALIAS = '" + TemperatureReportRows.FUNCTION + "'").getResultList());
		} finally {
			em.close();
		}
	}

	@Test
	void keyPersonsOfTheSameImportCanBeNamedByItsReports() throws Exception {
		String persons = "code,name,category,origin,township,community,arrived,phone\nKP-NEW,新到人员,student,湖北武汉,T-01,,2020-02-01,\n";
		String reports = "date,key_person,role,temperature_c\n2020-02-02,KP-NEW,village_doctor,36.5\n2020-02-02,KP-001,village_doctor,36.6\n";
		assertEquals(new ImportCounts(3, 0, 0),
				transfer.importAll(List.of(new KindFile("key-persons", CsvFile.of("persons.csv", persons)),
						new KindFile("temperature-reports", CsvFile.of("reports.csv", reports)))));
		Path exported = temp.resolve("exported.csv");
		transfer.exportFile("temperature-reports", exported);
		assertEquals("date,key_person,role,temperature_c\n2020-02-02,KP-001,village_doctor,36.6\n2020-02-02,KP-NEW,village_doctor,36.5\n",
				Files.readString(exported));
	}

	@Test
	void theExportStreamsWhatTheRecordsPathWouldWriteInTheSameOrder() throws Exception {
		String persons = "code,name,category,origin,township,community,arrived,phone\n"
				+ "kp-lower,小写,student,湖北武汉,T-01,,2020-02-01,\nKP-Z,大写,student,湖北武汉,T-01,,2020-02-01,\n";
		transfer.importFile("key-persons", Files.writeString(temp.resolve("more.csv"), persons));
		StringBuilder reports = new StringBuilder("date,key_person,role,temperature_c\n");
		String[] codes = { "kp-lower", "KP-Z", "KP-010", "KP-002" };
		String[] temperatures = { "37.0", "36", "42.9", "34.0", "36.5" };
		for (int day = 3; day >= 0; day--) {
			for (int c = 0; c < codes.length; c++) {
				for (int role = ROLES.size() - 1; role >= 0; role--) {
					reports.append(FIRST_DAY.plusDays(day)).append(',').append(codes[c]).append(',').append(ROLES.get(role)).append(',')
							.append(temperatures[(day + c + role) % temperatures.length]).append('\n');
				}
			}
		}
		transfer.importFile("temperature-reports", Files.writeString(temp.resolve("shuffled.csv"), reports));
		Path streamed = temp.resolve("streamed.csv");
		assertEquals(80, transfer.exportFile("temperature-reports", streamed));

		Path recordsPath = temp.resolve("records-path.csv");
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try (org.cordon.io.csv.CsvOutput output = org.cordon.io.csv.CsvOutput.create(recordsPath, transfer.header("temperature-reports"))) {
			RecordKinds.named("temperature-reports").orElseThrow().export(new JpaRecordStore(em), output);
			output.complete();
		} finally {
			em.close();
		}
		assertEquals(Files.readString(recordsPath), Files.readString(streamed));
		assertEquals("2020-02-01,KP-002,education_cadre,34", Files.readString(streamed).lines().skip(1).findFirst().orElseThrow());
	}

	@Test
	void anErrorWhileAFileIsReadUndoesTheFilesBeforeItInTheSameImport() throws Exception {
		RecordFile runsOutOfMemory = new RecordFile() {
			@Override
			public String name() {
				return "huge.csv";
			}

			@Override
			public int sizeHint() {
				return 3;
			}

			@Override
			public void rows(List<String> expectedHeader, Consumer<CsvRow> consumer) {
				consumer.accept(new CsvRow(2, new String[] { "2020-02-01", "KP-001", "village_doctor", "36.5" }));
				throw new OutOfMemoryError("Java heap space");
			}
		};
		String townships = "code,name,kind,order\nT-02,白文镇,town,2\n";
		List<KindFile> files = new ArrayList<>(List.of(new KindFile("townships", CsvFile.of("townships.csv", townships)),
				new KindFile("temperature-reports", runsOutOfMemory)));
		assertThrows(OutOfMemoryError.class, () -> transfer.importAll(files));
		assertEquals(1, transfer.count("townships"), "the township of the same import was rolled back");
		assertEquals(0, stored());
	}
}
