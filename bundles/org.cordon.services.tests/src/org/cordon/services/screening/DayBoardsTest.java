package org.cordon.services.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.screening.DailyReport;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.checkpoints.CheckpointCountService;
import org.cordon.services.records.RecordService;
import org.cordon.services.checkpoints.CountGrid;
import org.cordon.services.checkpoints.CountRows;
import org.cordon.services.checkpoints.StoredCount;
import org.cordon.services.checkpoints.TypedCount;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries behind the three day boards, on the sample data; the expected figures are read off
 * the sample's CSV files (daily-reports, temperature-reports, quarantines, checkpoint-counts).
 */
class DayBoardsTest {

	private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);
	private static final LocalDate FEB_6 = LocalDate.of(2020, 2, 6);
	private static final LocalDate FEB_11 = LocalDate.of(2020, 2, 11);
	private static final LocalDate FEB_12 = LocalDate.of(2020, 2, 12);
	private static final LocalDate FEB_13 = LocalDate.of(2020, 2, 13);

	@TempDir
	static Path temp;

	private static CordonDatabase database;

	@BeforeAll
	static void sampleDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")).populatedWhenNew());
	}

	@AfterAll
	static void close() {
		database.close();
	}

	private static List<String> townships(ZeroReportBoard board, ReportStatus status) {
		return board.townships().stream().filter(t -> t.status() == status).map(t -> t.township().getCode()).toList();
	}

	@Test
	void theZeroReportBoardShowsWhoReportedWhoReportedZeroAndWhoIsMissing() {
		DailyReportService service = OsgiServices.await(DailyReportService.class);
		assertEquals(Optional.of(FEB_13), service.lastReportDay());

		ZeroReportBoard feb3 = service.board(FEB_3);
		assertEquals(23, feb3.townships().size());
		assertEquals("T-01", feb3.townships().get(0).township().getCode(), "townships in their order");
		assertEquals(List.of("T-10", "T-13"), townships(feb3, ReportStatus.MISSING));
		assertEquals(20, feb3.count(ReportStatus.ZERO));
		assertEquals(1, feb3.count(ReportStatus.REPORTED));
		assertEquals(21, feb3.reported());

		assertEquals(List.of("T-02", "T-22"), townships(service.board(FEB_6), ReportStatus.MISSING));
		assertEquals(List.of(), townships(service.board(FEB_11), ReportStatus.MISSING));
		assertEquals(23, service.board(LocalDate.of(2020, 3, 1)).count(ReportStatus.MISSING), "a day nobody reported");
	}

	@Test
	void aMissingTownshipsZeroReportIsStoredAndAStaleCopyIsRefused() {
		DailyReportService service = OsgiServices.await(DailyReportService.class);
		LocalDate feb4 = LocalDate.of(2020, 2, 4);
		TownshipDay missing = service.board(feb4).townships().stream().filter(t -> t.township().getCode().equals("T-14")).findFirst()
				.orElseThrow();
		assertEquals(ReportStatus.MISSING, missing.status());
		service.save(List.of(new DailyReport(feb4, missing.township())));
		ZeroReportBoard after = service.board(feb4);
		assertEquals(List.of("T-21"), townships(after, ReportStatus.MISSING));

		DailyReport mine = after.townships().stream().filter(t -> t.township().getCode().equals("T-14")).findFirst().orElseThrow().report();
		DailyReport theirs = service.board(feb4).townships().stream().filter(t -> t.township().getCode().equals("T-14")).findFirst()
				.orElseThrow().report();
		theirs.setKeyPersonsFound(2);
		service.save(List.of(theirs));
		mine.setFeverFound(1);
		RuntimeException conflict = assertThrows(RuntimeException.class, () -> service.save(List.of(mine)));
		assertTrue(causedByOptimisticLock(conflict), conflict.toString());
		DailyReport stored = service.board(feb4).townships().stream().filter(t -> t.township().getCode().equals("T-14")).findFirst()
				.orElseThrow().report();
		assertEquals(2, stored.getKeyPersonsFound());
		assertEquals(0, stored.getFeverFound(), "the stale change was not written");
		assertEquals(ReportStatus.REPORTED, service.board(feb4).townships().stream().filter(t -> t.township().getCode().equals("T-14"))
				.findFirst().orElseThrow().status());
	}

	private static boolean causedByOptimisticLock(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof jakarta.persistence.OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

	@Test
	void theTemperatureDayListsTheFollowedPersonsAndTheMissingConfirmations() {
		TemperatureService service = OsgiServices.await(TemperatureService.class);
		assertEquals(Optional.of(FEB_13), service.lastReportDay());

		TemperatureDay feb12 = service.day(FEB_12);
		assertEquals(20, feb12.persons().size(), "the 20 Hubei returnees have a five-to-one team");
		assertEquals(33, feb12.unfollowed(), "53 in quarantine on 12 Feb, 20 of them followed");
		assertEquals(List.of("KP-012", "KP-014"), feb12.persons().stream().filter(p -> !p.complete()).map(p -> p.code()).toList());
		assertEquals(2, feb12.missingConfirmations());
		FollowedPerson kp012 = feb12.persons().stream().filter(p -> p.code().equals("KP-012")).findFirst().orElseThrow();
		assertEquals(5, kp012.members().size());
		assertEquals(false, kp012.confirmations().containsKey(FollowUpRole.POLICE_OFFICER));
		assertEquals(0, feb12.withFever());

		TemperatureDay feb11 = service.day(FEB_11);
		assertEquals(20, feb11.complete());
		assertEquals(38, feb11.unfollowed());
		assertEquals(20, service.day(LocalDate.of(2020, 2, 5)).incomplete(), "no confirmations before 9 Feb");
	}

	@Test
	void aMissingConfirmationIsRecordedAndAFeverCounts() {
		TemperatureService service = OsgiServices.await(TemperatureService.class);
		FollowedPerson kp018 = service.day(FEB_13).persons().stream().filter(p -> p.code().equals("KP-018")).findFirst()
				.orElseThrow();
		assertEquals(1, kp018.missingConfirmations());
		service.confirm(FEB_13, List.of(new TypedTemperature(kp018.personId(), FollowUpRole.POLICE_OFFICER, new BigDecimal("37.5"), null)));
		TemperatureDay after = service.day(FEB_13);
		assertEquals(0, after.incomplete());
		assertEquals(1, after.withFever());
		assertEquals(new BigDecimal("37.5"), after.persons().stream().filter(p -> p.code().equals("KP-018")).findFirst()
				.orElseThrow().confirmations().get(FollowUpRole.POLICE_OFFICER).temperatureC());
	}

	@Test
	void aTemperatureChangedOrConfirmedOnAnotherDeskFirstIsAConflictAndNothingIsWritten() {
		TemperatureService service = OsgiServices.await(TemperatureService.class);
		List<FollowedPerson> feb11 = service.day(FEB_11).persons();
		FollowedPerson first = feb11.get(0);
		FollowedPerson second = feb11.get(1);
		Confirmation read = first.confirmations().get(FollowUpRole.VILLAGE_DOCTOR);
		Confirmation untouched = second.confirmations().get(FollowUpRole.VILLAGE_DOCTOR);

		// this desk's change, with the version it read
		service.confirm(FEB_11, List.of(new TypedTemperature(first.personId(), FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("36.9"), read)));
		Confirmation changed = service.day(FEB_11).persons().get(0).confirmations().get(FollowUpRole.VILLAGE_DOCTOR);
		assertEquals(new BigDecimal("36.9"), changed.temperatureC());
		assertEquals(read.reportId(), changed.reportId(), "the same report, changed");
		assertTrue(changed.version() > read.version());

		// another desk still showing what was read before: its change and its whole save are refused
		RuntimeException stale = assertThrows(RuntimeException.class, () -> service.confirm(FEB_11,
				List.of(new TypedTemperature(second.personId(), FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("37.0"), untouched),
						new TypedTemperature(first.personId(), FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("36.4"), read))));
		assertTrue(causedByOptimisticLock(stale), stale.toString());
		// a cell that was missing when read but is confirmed now
		RuntimeException twice = assertThrows(RuntimeException.class, () -> service.confirm(FEB_11,
				List.of(new TypedTemperature(first.personId(), FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("36.4"), null))));
		assertTrue(causedByOptimisticLock(twice), twice.toString());

		List<FollowedPerson> after = service.day(FEB_11).persons();
		assertEquals(new BigDecimal("36.9"), after.get(0).confirmations().get(FollowUpRole.VILLAGE_DOCTOR).temperatureC());
		assertEquals(untouched, after.get(1).confirmations().get(FollowUpRole.VILLAGE_DOCTOR), "nothing of the refused save was written");
		assertEquals(20, service.day(FEB_11).complete());
	}

	@Test
	void theCountGridHoldsTheOpenCheckpointsByLevelAndTheRangesCounts() {
		CheckpointCountService service = OsgiServices.await(CheckpointCountService.class);
		assertEquals(Optional.of(FEB_13), service.lastCountDay());
		CountGrid grid = service.counts(LocalDate.of(2020, 1, 31), FEB_13);
		assertEquals(27, grid.checkpoints().size(), "the open checkpoints; the closed expressway exits have no counts");
		assertEquals(List.of("CP-01", "CP-02", "CP-04", "CP-08", "CP-09", "CP-10"),
				grid.checkpoints().subList(0, 6).stream().map(Checkpoint::getCode).toList());
		assertEquals(378, grid.counts().size());
		List<CheckpointCount> feb13 = grid.counts().stream().filter(c -> c.getDate().equals(FEB_13)).toList();
		assertEquals(2451, feb13.stream().mapToInt(CheckpointCount::getVehicles).sum());
		assertEquals(5199, feb13.stream().mapToInt(CheckpointCount::getPersons).sum());
		assertThrows(IllegalArgumentException.class, () -> service.counts(FEB_13, FEB_12));
	}

	@Test
	void theGridsRowsAreTheCountsAsValuesAndATypedCountThatCameTooLateIsAConflict() {
		CheckpointCountService service = OsgiServices.await(CheckpointCountService.class);
		LocalDate feb10 = LocalDate.of(2020, 2, 10);
		CountGrid records = service.counts(LocalDate.of(2020, 1, 31), FEB_13);
		CountRows rows = service.countRows(LocalDate.of(2020, 1, 31), FEB_13);
		assertEquals(records.checkpoints().stream().map(Checkpoint::getCode).toList(), rows.checkpoints().stream().map(Checkpoint::getCode).toList());
		assertEquals(records.counts().stream().map(c -> c.getDate() + " " + c.getCheckpoint().getId() + " " + c.getVehicles() + " " + c.getPersons()
				+ " " + c.getFever() + " v" + c.getVersion()).sorted().toList(),
				rows.counts().stream().map(c -> c.date() + " " + c.checkpointId() + " " + c.vehicles() + " " + c.persons() + " " + c.fever() + " v" + c.version())
						.sorted().toList());

		StoredCount read = service.countRows(feb10, feb10).counts().get(0);
		service.enter(List.of(new TypedCount(feb10, read.checkpointId(), read.vehicles() + 1, read.persons(), read.fever(), read)));
		StoredCount changed = service.countRows(feb10, feb10).counts().stream().filter(c -> c.id() == read.id()).findFirst().orElseThrow();
		assertEquals(read.vehicles() + 1, changed.vehicles());
		assertTrue(changed.version() > read.version());

		RuntimeException stale = assertThrows(RuntimeException.class,
				() -> service.enter(List.of(new TypedCount(feb10, read.checkpointId(), 1, 1, 0, read))));
		assertTrue(causedByOptimisticLock(stale), stale.toString());
		RuntimeException twice = assertThrows(RuntimeException.class,
				() -> service.enter(List.of(new TypedCount(feb10, read.checkpointId(), 1, 1, 0, null))));
		assertTrue(causedByOptimisticLock(twice), twice.toString());
		assertEquals(changed, service.countRows(feb10, feb10).counts().stream().filter(c -> c.id() == read.id()).findFirst().orElseThrow(),
				"neither refused count was written");
		assertThrows(IllegalArgumentException.class, () -> service.countRows(FEB_13, FEB_12));
	}

	@Test
	void aClosedCheckpointIsAColumnOnlyWhereItHasCounts() {
		CheckpointCountService service = OsgiServices.await(CheckpointCountService.class);
		RecordService records = OsgiServices.await(RecordService.class);
		Checkpoint first = service.counts(FEB_13, FEB_13).checkpoints().get(0);
		assertEquals("CP-01", first.getCode());
		first.setOpen(false);
		Checkpoint closed = records.saveAll(List.of(first)).get(0);
		try {
			assertEquals("CP-01", service.counts(FEB_13, FEB_13).checkpoints().get(0).getCode(), "counted that day: still its column");
			assertEquals(26, service.counts(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 2)).checkpoints().size(),
					"no counts in the range: the open ones only");
		} finally {
			closed.setOpen(true);
			records.saveAll(List.of(closed));
		}
	}

	@Test
	void aCountForADayWithoutCountsIsStored() {
		CheckpointCountService service = OsgiServices.await(CheckpointCountService.class);
		LocalDate feb14 = LocalDate.of(2020, 2, 14);
		CountGrid before = service.counts(feb14, feb14);
		assertEquals(List.of(), before.counts());
		Checkpoint station = before.checkpoints().get(0);
		CheckpointCount count = new CheckpointCount(feb14, station);
		count.setVehicles(500);
		count.setPersons(990);
		service.save(List.of(count));
		List<CheckpointCount> stored = service.counts(feb14, feb14).counts();
		assertEquals(1, stored.size());
		assertNotNull(stored.get(0).getId());
		assertEquals(990, stored.get(0).getPersons());
		assertEquals(Optional.of(feb14), service.lastCountDay());
	}
}
