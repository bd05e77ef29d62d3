package org.cordon.services.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.checkpoints.CheckpointService;
import org.cordon.services.checkpoints.CheckpointTotals;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

class CheckpointCountsImportTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 26);

	@TempDir
	Path temp;

	private CordonDatabase database;
	private TransferService transfer;

	@BeforeEach
	void emptyDatabaseWithCheckpoints() throws Exception {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		transfer = OsgiServices.await(TransferService.class);
		StringBuilder checkpoints = new StringBuilder("code,name,level,kind,township,location,open,two_way,round_the_clock\n");
		for (int i = 0; i < 200; i++) {
			checkpoints.append(String.format("CP-%03d,检查站%d,%d,village,,,yes,no,no%n", i, i, 1 + i % 4));
		}
		transfer.importFile("checkpoints", Files.writeString(temp.resolve("checkpoints.csv"), checkpoints));
	}

	@AfterEach
	void close() {
		database.close();
	}

	/** Rows for {@code days} days from 26 Jan 2020 at every checkpoint: vehicles = 1 + day % 7, persons twice that. */
	private Path counts(String name, int days, int badLine) throws Exception {
		Path file = temp.resolve(name);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("date,checkpoint,vehicles,persons,fever\n");
			int line = 1;
			for (int day = 0; day < days; day++) {
				String date = FIRST_DAY.plusDays(day).toString();
				for (int cp = 0; cp < 200; cp++) {
					line++;
					int vehicles = 1 + day % 7;
					out.write(date + ",CP-" + String.format("%03d", cp) + "," + (line == badLine ? "x" : Integer.toString(vehicles)) + ","
							+ (2 * vehicles) + ",0\n");
				}
			}
		}
		return file;
	}

	/** The import is refused with exactly these problems, and no count of it is stored. */
	private static void assertRefusedWhole(List<String> problems, org.junit.jupiter.api.function.Executable importing) {
		CsvImportException e = assertThrows(CsvImportException.class, importing);
		assertEquals(problems, e.problems().stream().map(Object::toString).toList());
		assertEquals(new CheckpointTotals(0, 0, 0), OsgiServices.await(CheckpointService.class).totals());
	}

	private static long expectedVehicles(int days) {
		long total = 0;
		for (int day = 0; day < days; day++) {
			total += 200L * (1 + day % 7);
		}
		return total;
	}

	@Test
	void aBadRowInTheMiddleOfALargeFileWritesNothing() throws Exception {
		Path file = counts("counts.csv", 50, 5_001);
		assertRefusedWhole(List.of("counts.csv:5001: vehicles: \"x\" is not a whole number"), () -> transfer.importFile("checkpoint-counts", file));
	}

	private static final List<String> CODE_PROBLEMS = List.of("codes.csv:3: checkpoint: there is no checkpoint with the code \"CP-999\"",
			"codes.csv:4: checkpoint: \"CP 002\" is not a code; codes are 1 to 64 letters, digits, '-', '_' or '.'",
			"codes.csv:5: checkpoint: a value is required", "codes.csv:6: checkpoint: there is no checkpoint with the code \"cp-003\"",
			"codes.csv:7: vehicles: \"x\" is not a whole number");

	private Path codes() throws Exception {
		return Files.writeString(temp.resolve("codes.csv"), "date,checkpoint,vehicles,persons,fever\n" //
				+ "2020-01-26,CP-001,1,2,0\n" //
				+ "2020-01-26,CP-999,1,2,0\n" //
				+ "2020-01-26,CP 002,1,2,0\n" //
				+ "2020-01-26,,1,2,0\n" //
				+ "2020-01-26,cp-003,1,2,0\n" //
				+ "2020-01-26,CP-004,x,2,0\n");
	}

	@Test
	void checkpointsThatDoNotExistAndCellsThatAreNoCodesAreNamedByLine() throws Exception {
		Path file = codes();
		assertRefusedWhole(CODE_PROBLEMS, () -> transfer.importFile("checkpoint-counts", file));
	}

	@Test
	void aFileCheckedAheadOfItsImportIsImportedAsAnyOther() throws Exception {
		KindFile file = new KindFile("checkpoint-counts", CsvFile.read(counts("ahead.csv", 10, -1)));
		transfer.checkAhead(file);
		assertEquals(new ImportCounts(2_000, 0, 0), transfer.importAll(List.of(file)));
		assertEquals(expectedVehicles(10), OsgiServices.await(CheckpointService.class).totals().vehicles());
		// into a table that holds counts: the batch path, checked ahead as well
		KindFile again = new KindFile("checkpoint-counts", CsvFile.read(counts("again.csv", 3, -1)));
		transfer.checkAhead(again);
		assertEquals(new ImportCounts(0, 600, 0), transfer.importAll(List.of(again)));
	}

	@Test
	void aFileCheckedAheadHasTheProblemsAnyCheckFinds() throws Exception {
		KindFile file = new KindFile("checkpoint-counts", CsvFile.read(codes()));
		transfer.checkAhead(file);
		assertRefusedWhole(CODE_PROBLEMS, () -> transfer.importAll(List.of(file)));

		KindFile large = new KindFile("checkpoint-counts", CsvFile.read(counts("large.csv", 50, 9_001)));
		transfer.checkAhead(large);
		assertRefusedWhole(List.of("large.csv:9001: vehicles: \"x\" is not a whole number"), () -> transfer.importAll(List.of(large)));
	}

	@Test
	void aCheckpointThatDoesNotExistStopsALargeLoadAndIsReportedByLine() throws Exception {
		Path file = counts("unknown.csv", 50, -1);
		Files.writeString(file, "2020-03-30,CP-200,1,2,0\n", java.nio.file.StandardOpenOption.APPEND);
		assertRefusedWhole(List.of("unknown.csv:10002: checkpoint: there is no checkpoint with the code \"CP-200\""),
				() -> transfer.importFile("checkpoint-counts", file));
	}

	@Test
	void aFileThatBreaksOffAsCsvAfterManyGoodRowsWritesNothing() throws Exception {
		Path file = counts("broken.csv", 40, -1);
		Files.writeString(file, "2020-03-30,CP-001,\"4,8,0\n", java.nio.file.StandardOpenOption.APPEND);
		assertRefusedWhole(List.of("broken.csv:8002: row: is not well-formed CSV: a quote is opened and never closed"),
				() -> transfer.importFile("checkpoint-counts", file));
		assertEquals(0, transfer.exportFile("checkpoint-counts", temp.resolve("nothing.csv")));
	}

	@Test
	void importingAgainUpdatesTheDaysInsteadOfAddingThem() throws Exception {
		assertEquals(new ImportCounts(2_000, 0, 0), transfer.importFile("checkpoint-counts", counts("counts.csv", 10, -1)));
		assertEquals(new ImportCounts(0, 2_000, 0), transfer.importFile("checkpoint-counts", counts("again.csv", 10, -1)));
		CheckpointTotals totals = OsgiServices.await(CheckpointService.class).totals();
		assertEquals(expectedVehicles(10), totals.vehicles());
		assertEquals(2 * expectedVehicles(10), totals.persons());
	}

	@Test
	void recordsStoredAfterABulkImportGetKeysOfTheirOwn() throws Exception {
		transfer.importFile("checkpoint-counts", counts("counts.csv", 3, -1));
		Township township = new Township("T-NEW", "新乡镇", TownshipKind.TOWNSHIP);
		OsgiServices.await(OrganisationService.class).saveAll(List.of(township));
		assertEquals(1, OsgiServices.await(OrganisationService.class).summary().townships());
		Path exported = temp.resolve("exported.csv");
		assertEquals(600, transfer.exportFile("checkpoint-counts", exported));
		assertEquals(Files.readString(counts("expected.csv", 3, -1)).lines().sorted().toList(),
				Files.readString(exported).lines().sorted().toList());
	}

	@Test
	void aLoadIntoAnEmptyTableIsUndoneWhenALaterFileOfTheSameImportFails() throws Exception {
		String badCase = "date,checkpoint,number,status,person_name,phone,key_person,outcome\n2020-01-26,CP-000,1,lost,,,,\n";
		List<KindFile> files = List.of(new KindFile("checkpoint-counts", CsvFile.read(counts("counts.csv", 10, -1))),
				new KindFile("fever-cases", CsvFile.read(Files.writeString(temp.resolve("fever-cases.csv"), badCase))));
		assertThrows(CsvImportException.class, () -> transfer.importAll(files));
		assertEquals(new CheckpointTotals(0, 0, 0), OsgiServices.await(CheckpointService.class).totals());
		assertEquals(0, transfer.exportFile("checkpoint-counts", temp.resolve("nothing.csv")));

		// the same counts alone go in, through Derby's bulk insert from the table function
		assertEquals(new ImportCounts(2_000, 0, 0), transfer.importFile("checkpoint-counts", counts("counts.csv", 10, -1)));
		assertEquals(expectedVehicles(10), OsgiServices.await(CheckpointService.class).totals().vehicles());
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			assertEquals(List.of("CORDON_CHECKPOINT_COUNT_ROWS"), em.createNativeQuery("SELECT ALIAS FROM SYS.SYSALIASES WHERE ALIAS LIKE 'CORDON%'").getResultList());
		} finally {
			em.close();
		}
	}

	@Test
	void aTableFunctionDeclaredForAnotherClassIsDeclaredAgainBeforeALoad() throws Exception {
		// as if an earlier Cordon had declared it for a class since renamed: Derby would call that class
		runInTransaction("CREATE FUNCTION CORDON_CHECKPOINT_COUNT_ROWS(SOURCE INTEGER) RETURNS TABLE (" + CheckpointCountRows.COLUMNS + ")"
				+ " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME 'org.cordon.services.transfer.RenamedRows.rows'");

		assertEquals(new ImportCounts(2_000, 0, 0), transfer.importFile("checkpoint-counts", counts("counts.csv", 10, -1)));
		assertEquals(expectedVehicles(10), OsgiServices.await(CheckpointService.class).totals().vehicles());
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			assertEquals(List.of(CheckpointCountRows.class.getName()),
					em.createNativeQuery("SELECT JAVACLASSNAME FROM SYS.SYSALIASES WHERE ALIAS = 'CORDON_CHECKPOINT_COUNT_ROWS'").getResultList());
		} finally {
			em.close();
		}
	}

	@Test
	void aDeclarationIsCurrentOnlyWithThisClassAndTheseColumns() {
		String asDerbyGivesIt = "rows(\"SOURCE\" INTEGER) RETURNS TABLE ( \"ID\" BIGINT, \"CODE\" VARCHAR(100), \"VERSION\" BIGINT,"
				+ " \"COUNT_DATE\" VARCHAR(10), \"CHECKPOINT_ID\" BIGINT, \"VEHICLES\" INTEGER, \"PERSONS\" INTEGER, \"FEVER\" INTEGER )"
				+ " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL CALLED ON NULL INPUT";
		String className = CheckpointCountRows.class.getName();
		assertEquals(true, CheckpointCountRows.isDeclaredAs(className, asDerbyGivesIt));
		assertEquals(false, CheckpointCountRows.isDeclaredAs("org.cordon.services.transfer.RenamedRows", asDerbyGivesIt));
		// the declaration of the Cordon of 29 Nov 2026, whose function gave the date as a DATE
		assertEquals(false, CheckpointCountRows.isDeclaredAs(className, asDerbyGivesIt.replace("\"COUNT_DATE\" VARCHAR(10)", "\"COUNT_DATE\" DATE")));
		assertEquals(false, CheckpointCountRows.isDeclaredAs(className, null));
	}

	private void runInTransaction(String sql) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			em.createNativeQuery(sql).executeUpdate();
			em.getTransaction().commit();
		} finally {
			em.close();
		}
	}

	@Test
	void aMillionRowsGoInTogether() throws Exception {
		Path file = counts("million.csv", 5_000, -1);
		long start = System.nanoTime();
		ImportCounts counts = transfer.importFile("checkpoint-counts", file);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("checkpoint-counts: imported 1,000,000 rows in " + millis + " ms");
		assertEquals(new ImportCounts(1_000_000, 0, 0), counts);
		assertEquals(expectedVehicles(5_000), OsgiServices.await(CheckpointService.class).totals().vehicles());
	}
}
