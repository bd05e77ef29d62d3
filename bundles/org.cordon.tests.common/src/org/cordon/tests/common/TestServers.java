package org.cordon.tests.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.cordon.persistence.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers of the server-mode tests: a free loopback port for a Derby Network Server
 * the test starts itself, and the PostgreSQL cluster that {@code .ci/run} starts (.ci/postgres.sh).
 */
public final class TestServers {

	public static final String PG_URL_VARIABLE = "CORDON_TEST_PG_URL";

	private TestServers() {
	}

	/** A TCP port on 127.0.0.1 that nothing listens on right now. */
	public static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Settings for the test PostgreSQL database, emptied of every table first. When no cluster was
	 * started (no {@code CORDON_TEST_PG_URL}), the test is skipped with the reason printed.
	 */
	public static DatabaseSettings emptyPostgres(Path localFolder) {
		String url = System.getenv(PG_URL_VARIABLE);
		if (url == null || url.isBlank()) {
			String reason = "PostgreSQL tests skipped: " + PG_URL_VARIABLE
					+ " is not set (.ci/run starts a cluster with .ci/postgres.sh; run it, or export the variables, to include them)";
			System.out.println(reason);
			Assumptions.abort(reason);
		}
		DatabaseSettings settings = DatabaseSettings.server(url, System.getenv("CORDON_TEST_PG_USER"),
				System.getenv("CORDON_TEST_PG_PASSWORD"), localFolder);
		Properties credentials = new Properties();
		credentials.setProperty("user", settings.user());
		credentials.setProperty("password", settings.password());
		try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
			statement.execute("CREATE SCHEMA public");
		} catch (SQLException e) {
			throw new IllegalStateException("the test PostgreSQL database at " + url + " cannot be emptied: " + e.getMessage(), e);
		}
		return settings;
	}
}
