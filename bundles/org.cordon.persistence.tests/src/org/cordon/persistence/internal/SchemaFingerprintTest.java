package org.cordon.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.cordon.model.screening.TemperatureReport;
import org.cordon.persistence.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

/** The schema is checked when the database was made from another model, and not on every open. */
class SchemaFingerprintTest {

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	private <T> T onConnection(SqlWork<T> work) throws SQLException {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			T result = work.apply(em.unwrap(Connection.class));
			em.getTransaction().commit();
			return result;
		} finally {
			em.close();
		}
	}

	private interface SqlWork<T> {
		T apply(Connection connection) throws SQLException;
	}

	private boolean volunteerTableExists() throws SQLException {
		return onConnection(connection -> {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, "VOLUNTEER", null)) {
				return tables.next();
			}
		});
	}

	private void dropVolunteerTableAndRecord(String fingerprint) throws SQLException {
		onConnection(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DROP TABLE VOLUNTEER");
				statement.executeUpdate("UPDATE " + SchemaFingerprint.TABLE + " SET FINGERPRINT = '" + fingerprint + "'");
			}
			return null;
		});
	}

	@Test
	void aNewDatabaseRecordsTheModelItWasMadeFrom() throws SQLException {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		String model = SchemaFingerprint.of(EmbeddedDerbyDatabase.class.getClassLoader());
		assertNotNull(model, "the model's classes can be read");
		assertEquals(model, onConnection(SchemaFingerprint::stored));
	}

	@Test
	void aDatabaseOfAnotherModelIsExtendedWhenItOpens() throws SQLException {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		dropVolunteerTableAndRecord("a model of an older version");
		database.close();

		database.open(settings);
		assertTrue(volunteerTableExists(), "the schema was extended");
		assertEquals(SchemaFingerprint.of(EmbeddedDerbyDatabase.class.getClassLoader()), onConnection(SchemaFingerprint::stored));
	}

	private boolean indexExists(String table, String index) throws SQLException {
		return onConnection(connection -> {
			try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
				while (indexes.next()) {
					if (index.equals(indexes.getString("INDEX_NAME"))) {
						return true;
					}
				}
				return false;
			}
		});
	}

	@Test
	void anIndexTheModelAddedIsMadeOnATableAnOlderModelMade() throws SQLException {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		assertTrue(indexExists("TEMPERATURE_REPORT", TemperatureReport.DAY_CELLS_INDEX), "a new database has it");
		onConnection(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DROP INDEX " + TemperatureReport.DAY_CELLS_INDEX);
				statement.executeUpdate("UPDATE " + SchemaFingerprint.TABLE + " SET FINGERPRINT = 'a model of before the index'");
			}
			return null;
		});
		database.close();

		database.open(settings);
		assertTrue(indexExists("TEMPERATURE_REPORT", TemperatureReport.DAY_CELLS_INDEX), "create-or-extend alone leaves it out");
	}

	@Test
	void aDatabaseOfThisModelOpensWithoutASchemaCheck() throws SQLException {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		dropVolunteerTableAndRecord(SchemaFingerprint.of(EmbeddedDerbyDatabase.class.getClassLoader()));
		database.close();

		database.open(settings);
		assertFalse(volunteerTableExists(), "no create-or-extend ran, so the dropped table is still missing");
	}
}
