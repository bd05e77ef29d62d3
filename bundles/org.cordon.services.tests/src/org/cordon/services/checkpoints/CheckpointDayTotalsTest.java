package org.cordon.services.checkpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.records.RecordService;
import org.cordon.services.transfer.TransferService;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

/** The briefing's cumulative figures come from kept day totals; every way of writing counts keeps them right. */
class CheckpointDayTotalsTest {

	private static final LocalDate DAY_1 = LocalDate.of(2020, 2, 1);
	private static final LocalDate DAY_2 = DAY_1.plusDays(1);
	private static final LocalDate DAY_3 = DAY_1.plusDays(2);

	@TempDir
	Path temp;

	private CordonDatabase database;
	private TransferService transfer;
	private CheckpointService checkpoints;
	private CheckpointCountService counts;

	@BeforeEach
	void databaseWithCounts() throws Exception {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		transfer = OsgiServices.await(TransferService.class);
		checkpoints = OsgiServices.await(CheckpointService.class);
		counts = OsgiServices.await(CheckpointCountService.class);
		transfer.importFile("checkpoints", Files.writeString(temp.resolve("checkpoints.csv"),
				"code,name,level,kind,township,location,open,two_way,round_the_clock\nCP-1,一号,1,village,,,yes,no,no\nCP-2,二号,1,village,,,yes,no,no\n"));
		transfer.importFile("checkpoint-counts", Files.writeString(temp.resolve("counts.csv"), "date,checkpoint,vehicles,persons,fever\n"
				+ DAY_1 + ",CP-1,10,20,0\n" + DAY_1 + ",CP-2,1,2,1\n" + DAY_2 + ",CP-1,100,200,0\n" + DAY_3 + ",CP-2,1000,2000,0\n"));
	}

	@AfterEach
	void close() {
		database.close();
	}

	/** The sums the slow way: every stored count up to the day. */
	private CheckpointTotals counted(LocalDate day) {
		List<CheckpointCount> stored = counts.counts(LocalDate.of(2000, 1, 1), day).counts();
		return new CheckpointTotals(stored.stream().mapToLong(CheckpointCount::getVehicles).sum(),
				stored.stream().mapToLong(CheckpointCount::getPersons).sum(), stored.stream().mapToLong(CheckpointCount::getFever).sum());
	}

	private void assertTotalsAreTheCounts() {
		for (LocalDate day : List.of(DAY_1.minusDays(1), DAY_1, DAY_2, DAY_3)) {
			assertEquals(counted(day), checkpoints.totalsUpTo(day), "up to " + day);
		}
		assertEquals(counted(DAY_3), checkpoints.totals());
	}

	@Test
	void aBulkImportIntoAnEmptyTableSumsItsRows() {
		assertEquals(new CheckpointTotals(11, 22, 1), checkpoints.totalsUpTo(DAY_1));
		assertEquals(new CheckpointTotals(1111, 2222, 1), checkpoints.totalsUpTo(DAY_3));
		assertTotalsAreTheCounts();
	}

	@Test
	void savesDeletesAndImportsIntoAFilledTableKeepTheTotals() throws Exception {
		CheckpointCount changed = counts.counts(DAY_2, DAY_2).counts().get(0);
		changed.setVehicles(150);
		counts.save(List.of(changed));
		assertEquals(new CheckpointTotals(161, 222, 1), checkpoints.totalsUpTo(DAY_2));

		CheckpointCount gone = counts.counts(DAY_3, DAY_3).counts().get(0);
		OsgiServices.await(RecordService.class).deleteAll(List.of(gone));
		assertEquals(new CheckpointTotals(161, 222, 1), checkpoints.totals());

		transfer.importFile("checkpoint-counts", Files.writeString(temp.resolve("more.csv"),
				"date,checkpoint,vehicles,persons,fever\n" + DAY_1 + ",CP-1,5,5,0\n" + DAY_3 + ",CP-1,7,7,0\n"));
		assertEquals(new CheckpointTotals(6 + 150 + 7, 7 + 200 + 7, 1), checkpoints.totals());
		assertTotalsAreTheCounts();
	}

	@Test
	void aDatabaseMadeBeforeTheDayTotalsGetsThemFromItsCounts() throws Exception {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			try (Statement statement = em.unwrap(Connection.class).createStatement()) {
				statement.executeUpdate("DROP TABLE CHECKPOINT_DAY_TOTAL");
			}
			em.getTransaction().commit();
		} finally {
			em.close();
		}
		assertNotEquals(new CheckpointTotals(0, 0, 0), counted(DAY_3));
		assertTotalsAreTheCounts();
	}
}
