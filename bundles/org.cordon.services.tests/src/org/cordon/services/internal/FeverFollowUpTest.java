package org.cordon.services.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.screening.FeverCase;
import org.cordon.model.screening.FeverCaseStatus;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.checkpoints.CheckpointService;
import org.cordon.services.records.RecordService;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint count with fever opens the screening group's follow-up cases, whichever way it is stored. */
class FeverFollowUpTest {

	private static final String COUNTS_HEADER = "date,checkpoint,vehicles,persons,fever\n";
	private static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@TempDir
	Path temp;

	private CordonDatabase database;
	private TransferService transfer;
	private RecordService records;
	private int files;

	@BeforeEach
	void databaseWithTwoCheckpoints() throws Exception {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		transfer = OsgiServices.await(TransferService.class);
		records = OsgiServices.await(RecordService.class);
		transfer.importFile("checkpoints", file("checkpoints.csv", """
				code,name,level,kind,township,location,open,two_way,round_the_clock
				CP-01,太佳高速临县西服务区卫生检疫站,1,health_station,,,yes,no,yes
				CP-02,临县北高速口,1,expressway_exit,,,yes,yes,yes
				"""));
	}

	@AfterEach
	void close() {
		database.close();
	}

	private Path file(String name, String text) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("files-" + ++files));
		return Files.writeString(folder.resolve(name), text);
	}

	private Path counts(String rows) throws Exception {
		return file("counts.csv", COUNTS_HEADER + rows);
	}

	/** The cases as "CODE status", by code. */
	private List<String> cases() {
		return records.all(FeverCase.class).stream().map(c -> c.getCode() + " " + c.getStatus()).toList();
	}

	private FeverCase feverCase(String code) {
		return records.all(FeverCase.class).stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void anImportedCountWithFeverTwoOpensTwoCases() throws Exception {
		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-01,120,250,2\n2020-02-01,CP-02,80,160,0\n"));
		assertEquals(List.of("CP-01@2020-02-01#1 OPEN", "CP-01@2020-02-01#2 OPEN"), cases());
		FeverCase first = feverCase("CP-01@2020-02-01#1");
		assertEquals(FEB_1, first.getDate());
		assertEquals("CP-01", first.getCheckpoint().getCode());
		assertEquals(1, first.getNumber());
	}

	@Test
	void reimportingWithThreeAddsTheThirdAndLeavesTheFollowedUpAsTheyAre() throws Exception {
		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-01,120,250,2\n"));
		FeverCase first = feverCase("CP-01@2020-02-01#1");
		first.setStatus(FeverCaseStatus.FOLLOWED_UP);
		first.setPersonName("王某华");
		records.saveAll(List.of(first));

		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-01,120,250,3\n"));
		assertEquals(List.of("CP-01@2020-02-01#1 FOLLOWED_UP", "CP-01@2020-02-01#2 OPEN", "CP-01@2020-02-01#3 OPEN"), cases());
		assertEquals("王某华", feverCase("CP-01@2020-02-01#1").getPersonName());
		// The same figure again changes nothing.
		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-01,120,250,3\n"));
		assertEquals(3, cases().size());
	}

	@Test
	void aLowerFeverIsRefusedWhileMoreCasesAreNotClosedAndAcceptedOnceTheyAre() throws Exception {
		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-02,80,160,0\n2020-02-01,CP-01,120,250,3\n"));
		CsvImportException refused = assertThrows(CsvImportException.class,
				() -> transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-02,80,160,0\n2020-02-01,CP-01,120,250,1\n")));
		assertEquals(List.of("counts.csv:3: fever: 3 fever follow-up cases of this checkpoint and day are not closed, more than the new"
				+ " figure 1; close the cases recorded in error (status closed, with the outcome saying so) before lowering it"),
				refused.problems().stream().map(Object::toString).toList());
		assertEquals(3, OsgiServices.await(CheckpointService.class).totals().fever(), "the refused import wrote nothing");

		List<FeverCase> inError = new ArrayList<>();
		for (String code : List.of("CP-01@2020-02-01#2", "CP-01@2020-02-01#3")) {
			FeverCase feverCase = feverCase(code);
			feverCase.setStatus(FeverCaseStatus.CLOSED);
			feverCase.setOutcome("误录：同一人重复登记");
			inError.add(feverCase);
		}
		records.saveAll(inError);
		transfer.importFile("checkpoint-counts", counts("2020-02-01,CP-01,120,250,1\n"));
		assertEquals(1, OsgiServices.await(CheckpointService.class).totals().fever());
		assertEquals(List.of("CP-01@2020-02-01#1 OPEN", "CP-01@2020-02-01#2 CLOSED", "CP-01@2020-02-01#3 CLOSED"), cases(),
				"cases are never removed");
	}

	@Test
	void aCountSavedLikeTheRecordTableDoesOpensCasesInTheSameTransaction() {
		Checkpoint checkpoint = records.all(Checkpoint.class).get(1);
		CheckpointCount count = new CheckpointCount(FEB_1.plusDays(2), checkpoint);
		count.setVehicles(40);
		count.setPersons(90);
		count.setFever(2);
		CheckpointCount stored = records.saveAll(List.of(count)).get(0);
		assertEquals(List.of("CP-02@2020-02-03#1 OPEN", "CP-02@2020-02-03#2 OPEN"), cases());

		stored.setFever(0);
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> records.saveAll(List.of(stored)));
		assertEquals("fever", refused.getField());
		assertEquals("feverBelowOpenCases", refused.getMessageKey());
		assertEquals(2, records.all(CheckpointCount.class).get(0).getFever(), "the refused save wrote nothing");
	}

	@Test
	void theBulkImportOfManyDaysOpensOneCasePerPersonWithFever() throws Exception {
		StringBuilder rows = new StringBuilder();
		int fever = 0;
		for (int day = 0; day < 300; day++) {
			for (String checkpoint : List.of("CP-01", "CP-02")) {
				int found = day % 50 == 0 && checkpoint.equals("CP-01") ? 1 + day / 100 : 0;
				fever += found;
				rows.append(FEB_1.plusDays(day)).append(',').append(checkpoint).append(",10,20,").append(found).append('\n');
			}
		}
		transfer.importFile("checkpoint-counts", counts(rows.toString()));
		// days 0, 50, …, 250 at CP-01: 1, 1, 2, 2, 3, 3
		assertEquals(12, fever);
		assertEquals(fever, cases().size());
		assertEquals(List.of("CP-01@2020-10-08#1 OPEN", "CP-01@2020-10-08#2 OPEN", "CP-01@2020-10-08#3 OPEN"),
				cases().stream().filter(c -> c.startsWith("CP-01@2020-10-08")).toList());
	}

	@Test
	void countsAndTheirCasesGoInTogetherAndExportAsTheyWereImported() throws Exception {
		String cases = """
				date,checkpoint,number,status,person_name,phone,key_person,outcome
				2020-02-01,CP-01,1,followed_up,王某华,139-0000-0001,,复测体温正常
				2020-02-01,CP-01,2,open,,,,
				""";
		transfer.importAll(List.of(new KindFile("checkpoint-counts", CsvFile.read(counts("2020-02-01,CP-01,120,250,2\n"))),
				new KindFile("fever-cases", CsvFile.read(file("fever-cases.csv", cases)))));
		Path exported = temp.resolve("exported.csv");
		assertEquals(2, transfer.exportFile("fever-cases", exported));
		assertEquals(cases, Files.readString(exported));
	}
}
