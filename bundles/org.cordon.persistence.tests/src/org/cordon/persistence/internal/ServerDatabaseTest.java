package org.cordon.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.persistence.OfficeServer;
import org.cordon.tests.common.SampleOrganisation;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

/** The two server modes: a Derby Network Server started here on loopback, and PostgreSQL from .ci/run. */
class ServerDatabaseTest {

	private static final String ADMIN = "zhangsan";
	private static final String PASSWORD = "s3cret-office";

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase setUp = new EmbeddedDerbyDatabase();
	private final EmbeddedDerbyDatabase desk = new EmbeddedDerbyDatabase();
	private OfficeServer server;

	@AfterEach
	void stop() {
		desk.close();
		if (server != null) {
			server.close();
		}
	}

	private OfficeServer startServer() {
		server = OfficeServer.start(setUp, temp.resolve("office"), "127.0.0.1", TestServers.freeLoopbackPort(), ADMIN, PASSWORD);
		return server;
	}

	@Test
	void aDeskWorksOnTheOfficeServerAndTheRecordsStayOnTheServer() {
		OfficeServer office = startServer();
		assertTrue(office.clientUrl().startsWith("jdbc:derby://127.0.0.1:"), office.clientUrl());
		desk.open(DatabaseSettings.server(office.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk")));
		storeOrganisation(desk);
		desk.close();

		EmbeddedDerbyDatabase otherDesk = new EmbeddedDerbyDatabase();
		try {
			otherDesk.open(DatabaseSettings.server(office.clientUrl(), ADMIN.toUpperCase(), PASSWORD, temp.resolve("other")));
			assertEquals(List.of("LG"), leadingGroupCodes(otherDesk));
			// The administrator backs the server up into a folder of the server's machine (here the same one).
			Path copy = otherDesk.backup(temp.resolve("backups"));
			assertTrue(java.nio.file.Files.isRegularFile(copy.resolve("service.properties")), "a Derby database was copied to " + copy);
		} finally {
			otherDesk.close();
		}
	}

	@Test
	void aWrongPasswordIsOneSentence() {
		OfficeServer office = startServer();
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
				() -> desk.open(DatabaseSettings.server(office.clientUrl(), ADMIN, "guess", temp.resolve("desk"))));
		assertEquals("The database server " + office.clientUrl() + " refused the user " + ADMIN + ": wrong user name or password.",
				e.getMessage());
		assertTrue(desk.current().isEmpty());
	}

	@Test
	void theServerDatabaseCannotBeOpenedWithoutAPasswordFromTheFolderEither() {
		OfficeServer office = startServer();
		office.close();
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
				() -> desk.open(DatabaseSettings.embedded(temp.resolve("office"))));
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void anUnreachableServerIsOneSentence() {
		String url = "jdbc:derby://127.0.0.1:" + TestServers.freeLoopbackPort() + "/nowhere";
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
				() -> desk.open(DatabaseSettings.server(url, ADMIN, PASSWORD, temp.resolve("desk"))));
		assertEquals("Cordon cannot reach the database server " + url
				+ "; check that the server is running and that the address and port are right.", e.getMessage());
	}

	@Test
	void aServerStoppedByItsPortAnswersNoMore() {
		OfficeServer office = startServer();
		int port = Integer.parseInt(office.clientUrl().replaceFirst("^jdbc:derby://127.0.0.1:(\\d+)/.*$", "$1"));
		OfficeServer.stop("127.0.0.1", port);
		assertFalse(office.isRunning());
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> OfficeServer.stop("127.0.0.1", port));
		assertEquals("No Cordon server answers on 127.0.0.1:" + port + "; nothing was stopped.", e.getMessage());
	}

	@Test
	void aUrlOfAnotherEngineIsRefusedBeforeConnecting() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DatabaseSettings.server("jdbc:mysql://127.0.0.1/cordon", ADMIN, PASSWORD, temp));
		assertTrue(e.getMessage().contains("jdbc:derby://host:port/name"), e.getMessage());
	}

	@Test
	void theSchemaIsCreatedOnPostgreSql() {
		DatabaseSettings postgres = TestServers.emptyPostgres(temp.resolve("desk"));
		desk.open(postgres);
		assertTrue(hasDayTotals(desk), "the day totals are made with the schema, by the owner");
		storeOrganisation(desk);
		desk.close();
		desk.open(postgres);
		assertEquals(List.of("LG"), leadingGroupCodes(desk));
	}

	@Test
	void theDayTotalsAreMadeWithTheSchemaOnTheOfficeServer() {
		OfficeServer office = startServer();
		desk.open(DatabaseSettings.server(office.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk")));
		// made by the owner when the schema is made: a group member saving counts first could not create it
		assertTrue(hasDayTotals(desk));
	}

	private static boolean hasDayTotals(EmbeddedDerbyDatabase database) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
			for (String name : List.of("CHECKPOINT_DAY_TOTAL", "checkpoint_day_total")) {
				try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		} finally {
			em.getTransaction().rollback();
			em.close();
		}
	}

	@Test
	void aWrongPostgreSqlPasswordIsOneSentence() {
		DatabaseSettings postgres = TestServers.emptyPostgres(temp.resolve("desk"));
		DatabaseSettings wrong = DatabaseSettings.server(postgres.serverUrl(), postgres.user(), "guess", temp.resolve("desk"));
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> desk.open(wrong));
		assertEquals("The database server " + postgres.serverUrl() + " refused the user " + postgres.user()
				+ ": wrong user name or password.", e.getMessage());
	}

	private static void storeOrganisation(EmbeddedDerbyDatabase database) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		new SampleOrganisation("").inStoringOrder().forEach(em::persist);
		em.getTransaction().commit();
		em.close();
	}

	private static List<String> leadingGroupCodes(EmbeddedDerbyDatabase database) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			return em.createQuery("select l.code from LeadingGroup l order by l.code", String.class).getResultList();
		} finally {
			em.close();
		}
	}

}
