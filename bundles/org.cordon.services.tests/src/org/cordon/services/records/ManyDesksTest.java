package org.cordon.services.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cordon.model.organisation.Person;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.OfficeServer;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.services.summary.CountySummaryService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.tests.common.SampleOrganisation;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.OptimisticLockException;

/**
 * Two desks on one server database, each with a database connection and a record service of its
 * own: the second save of one record is refused, not silently lost. Against a Derby Network Server
 * started here on loopback, and against the PostgreSQL cluster of .ci/run.
 */
class ManyDesksTest {

	private static final String ADMIN = "office";
	private static final String PASSWORD = "desk-pass-1";

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase firstDesk = new EmbeddedDerbyDatabase();
	private final EmbeddedDerbyDatabase secondDesk = new EmbeddedDerbyDatabase();
	private OfficeServer server;

	@AfterEach
	void stop() {
		firstDesk.close();
		secondDesk.close();
		if (server != null) {
			server.close();
		}
	}

	@Test
	void twoDesksOnTheDerbyServerLoseNoUpdate() {
		server = OfficeServer.start(new EmbeddedDerbyDatabase(), temp.resolve("office"), "127.0.0.1", TestServers.freeLoopbackPort(),
				ADMIN, PASSWORD);
		twoDesksEditOnePerson(DatabaseSettings.server(server.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk-1")),
				DatabaseSettings.server(server.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk-2")));
	}

	@Test
	void twoDesksOnPostgreSqlLoseNoUpdate() {
		DatabaseSettings postgres = TestServers.emptyPostgres(temp.resolve("desk-1"));
		twoDesksEditOnePerson(postgres, DatabaseSettings.server(postgres.serverUrl(), postgres.user(), postgres.password(), temp.resolve("desk-2")));
	}

	private void twoDesksEditOnePerson(DatabaseSettings first, DatabaseSettings second) {
		firstDesk.open(first);
		secondDesk.open(second);
		RecordService firstRecords = new RecordServiceImpl(firstDesk);
		RecordService secondRecords = new RecordServiceImpl(secondDesk);
		firstRecords.saveAll(new SampleOrganisation("").inStoringOrder());

		Person atFirstDesk = person(firstRecords.all(Person.class), "P-3");
		Person atSecondDesk = person(secondRecords.all(Person.class), "P-3");
		String phoneAsRead = atFirstDesk.getPhone();
		atFirstDesk.setPhone("0318-5551234");
		firstRecords.saveChanges(List.of(atFirstDesk), List.of());
		String jobTitleAsRead = atSecondDesk.getJobTitle();
		atSecondDesk.setJobTitle("办公室主任");

		RuntimeException refused = assertThrows(RuntimeException.class, () -> secondRecords.saveChanges(List.of(atSecondDesk), List.of()));
		assertTrue(causedByOptimisticLock(refused), "the second save is a conflict: " + refused);

		Person stored = person(secondRecords.current(List.of(atSecondDesk)), "P-3");
		assertEquals("0318-5551234", stored.getPhone(), "the first desk's change is kept");
		assertEquals(jobTitleAsRead, stored.getJobTitle(), "the second desk's change is not written over it");
		// Having seen the first change, the second desk saves its own on top of it.
		stored.setJobTitle("办公室主任");
		secondRecords.saveChanges(List.of(stored), List.of());
		Person both = person(firstRecords.all(Person.class), "P-3");
		assertEquals("0318-5551234", both.getPhone());
		assertEquals("办公室主任", both.getJobTitle());

		// The audit trail holds both changes, by the desks' users, and not the refused one twice.
		List<String> trail = firstRecords.history(both).stream()
				.map(e -> e.getUserName() + " " + e.getAction() + (e.getFieldName() == null ? "" : " " + e.getFieldName() + ": " + e.getOldValue() + " -> " + e.getNewValue()))
				.toList();
		assertEquals(List.of(first.user() + " CREATED", first.user() + " CHANGED phone: " + phoneAsRead + " -> 0318-5551234",
				second.user() + " CHANGED jobTitle: " + jobTitleAsRead + " -> 办公室主任"), trail);
	}

	@Test
	void theSampleDataGivesTheSameFiguresOnPostgreSqlAsEmbedded() {
		DatabaseSettings postgres = TestServers.emptyPostgres(temp.resolve("pg-desk"));
		CordonDatabase database = OsgiServices.await(CordonDatabase.class);
		CountySummaryService summary = OsgiServices.await(CountySummaryService.class);
		try {
			database.open(DatabaseSettings.embedded(temp.resolve("embedded")).populatedWhenNew());
			Map<String, String> embedded = summary.figures();
			database.open(postgres.populatedWhenNew());
			Map<String, String> onPostgres = summary.figures();
			assertTrue(embedded.size() > 10, "the summary has figures: " + embedded);
			assertEquals(embedded, onPostgres);
		} finally {
			database.close();
		}
	}

	private static Person person(List<Person> people, String code) {
		return people.stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static boolean causedByOptimisticLock(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

}
