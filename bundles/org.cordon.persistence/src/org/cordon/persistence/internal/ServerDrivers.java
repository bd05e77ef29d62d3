package org.cordon.persistence.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseSettings.Engine;
import org.cordon.persistence.DatabaseUnavailableException;

import jakarta.persistence.EntityManagerFactory;

/** What differs between the server engines: their drivers, their EclipseLink platforms, their backups. */
final class ServerDrivers {

	/** The table EclipseLink keeps its key generator in: present once Cordon has created its schema. */
	private static final String GENERATOR_TABLE = "CORDON_IDS";
	/**
	 * Every desk works in the schema an embedded database uses, whoever logs in: Derby's default
	 * schema is the user's own, which would give each user tables of their own.
	 */
	static final String DERBY_SHARED_SCHEMA = "APP";

	private ServerDrivers() {
	}

	/** Connections to one server database as one user. */
	record Connector(Driver driver, String url, Properties credentials, String connectionSetUp) {

		DriverDataSource dataSource() {
			return new DriverDataSource(driver, url, credentials, connectionSetUp);
		}

		Connection connect() throws SQLException {
			return dataSource().getConnection();
		}
	}

	static Connector connector(DatabaseSettings settings) {
		Properties credentials = new Properties();
		credentials.setProperty("user", settings.user());
		credentials.setProperty("password", settings.password());
		return switch (settings.engine()) {
		case DERBY_SERVER -> new Connector(derbyClientDriver(), settings.serverUrl(), credentials,
				"SET SCHEMA " + DERBY_SHARED_SCHEMA);
		case POSTGRESQL -> {
			// Fail within seconds, not the driver's minutes, when nothing answers at the address.
			credentials.setProperty("connectTimeout", "10");
			credentials.setProperty("ApplicationName", "Cordon");
			yield new Connector(new org.postgresql.Driver(), settings.serverUrl(), credentials, null);
		}
		case EMBEDDED_DERBY -> throw new IllegalArgumentException("an embedded database has no server");
		};
	}

	static String platformClass(Engine engine) {
		return engine == Engine.POSTGRESQL ? org.eclipse.persistence.platform.database.PostgreSQLPlatform.class.getName()
				: CordonDerbyPlatform.class.getName();
	}

	static boolean hasCordonTables(Connection connection, Engine engine) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String schema = engine == Engine.DERBY_SERVER ? DERBY_SHARED_SCHEMA : connection.getSchema();
		try (ResultSet tables = metaData.getTables(null, null, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				if (GENERATOR_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))
						&& (schema == null || schema.equalsIgnoreCase(tables.getString("TABLE_SCHEM")))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Derby's online backup run by the server into a folder on the server's machine; PostgreSQL's
	 * backups are the server administrator's (pg_dump).
	 */
	static Path backUpServer(EntityManagerFactory factory, DatabaseSettings settings, Path folder) {
		if (settings.engine() == Engine.POSTGRESQL) {
			throw new DatabaseUnavailableException("A PostgreSQL database is backed up on its server with pg_dump (see docs/deployment.md), not by 'cordon db backup'.");
		}
		String target = folder.toString();
		try (Connection connection = connector(settings).connect();
				CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			call.setString(1, target);
			call.execute();
		} catch (SQLException e) {
			throw new DatabaseUnavailableException("The server could not back up " + settings.serverUrl() + " to its folder " + target
					+ ": " + DatabaseErrors.deepestMessage(e) + ".", e);
		}
		String path = settings.serverUrl().replaceFirst("^jdbc:derby://[^/]*/", "").replaceFirst(";.*$", "");
		return folder.resolve(Path.of(path).getFileName().toString());
	}

	/**
	 * By name, though the package is imported: it is exported by a fragment of Derby's client
	 * bundle (org.cordon.derbyclient.exports), which the compiler's class path does not follow.
	 */
	private static Driver derbyClientDriver() {
		try {
			return (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver", true, ServerDrivers.class.getClassLoader())
					.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new DatabaseUnavailableException(
					"Cordon cannot load Derby's network client, so it cannot reach a Derby server; the installation is incomplete.", e);
		}
	}
}
