package org.cordon.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;

/** One connection to a server database and back, to learn whether settings reach it. */
public final class ServerConnections {

	private ServerConnections() {
	}

	/**
	 * Connects to the server database the settings name as their user, and closes the connection.
	 *
	 * @throws DatabaseUnavailableException with the sentence a desk shows when the database cannot be opened
	 */
	public static void test(DatabaseSettings settings) {
		if (!settings.isServer()) {
			throw new IllegalArgumentException("an embedded database has no server to test: " + settings);
		}
		try (Connection connection = ServerDrivers.connector(settings).connect()) {
			connection.isValid(10);
		} catch (SQLException e) {
			throw DatabaseErrors.onServerOpen(settings, e);
		}
	}
}
