package org.cordon.persistence;

import org.cordon.persistence.internal.ServerConnections;

/** Whether a server database can be reached, before a desk switches to it. */
public final class ServerConnection {

	private ServerConnection() {
	}

	/**
	 * Opens one connection to the server database the settings name and closes it again; the
	 * database this desk has open is not touched.
	 *
	 * @throws DatabaseUnavailableException with a sentence saying why the database cannot be reached
	 * @throws IllegalArgumentException     when the settings name an embedded database
	 */
	public static void test(DatabaseSettings settings) {
		ServerConnections.test(settings);
	}
}
