package org.cordon.ui.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cordon.persistence.DatabaseSettings;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which database the workbench opens at its next start, as chosen on Window &gt; Preferences &gt;
 * Database and kept in the workspace's (instance scope) preferences. {@code -Dcordon.db.url} in the
 * launcher still wins: an administrator's launcher is not overruled by a desk's preference.
 *
 * @param url a full JDBC URL; when not blank it is used instead of host, port and database name
 */
public record DatabasePreferences(Mode mode, String host, int port, String databaseName, String url, String user) {

	/** Where the database is. */
	public enum Mode {
		/** An embedded Derby database on this computer, one desk only (the default). */
		THIS_COMPUTER,
		/** The office's Derby Network Server ({@code cordon server start}). */
		DERBY_SERVER,
		/** A PostgreSQL server. */
		POSTGRESQL;

		/** The port its server listens on unless told otherwise. */
		public int defaultPort() {
			return this == POSTGRESQL ? 5432 : 1527;
		}

		String urlPrefix() {
			return this == POSTGRESQL ? "jdbc:postgresql://" : "jdbc:derby://";
		}
	}

	/** Preference node of these settings. */
	public static final String QUALIFIER = "org.cordon.ui.database";
	static final String MODE = "mode";
	static final String HOST = "host";
	static final String PORT = "port";
	static final String DATABASE_NAME = "databaseName";
	static final String URL = "url";
	static final String USER = "user";

	/** The name {@code cordon server start} gives the office's database. */
	public static final String DEFAULT_DATABASE_NAME = "cordon";

	/**
	 * host[:port]/name, the name free of spaces; what both engines' URLs carry after their prefix. A
	 * Derby server's name may be an absolute path on the server ({@code //srv/data/db}).
	 */
	private static final Pattern SERVER_ADDRESS = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+(:\\d{1,5})?/\\S*[^\\s/]");
	private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._\\-]+|\\[[0-9A-Fa-f:]+\\]");
	private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_\\-./]+");

	public DatabasePreferences {
		mode = mode == null ? Mode.THIS_COMPUTER : mode;
		host = host == null ? "" : host.strip();
		databaseName = databaseName == null ? "" : databaseName.strip();
		url = url == null ? "" : url.strip();
		user = user == null ? "" : user.strip();
	}

	/** This computer's own database: what a new workspace starts with. */
	public static DatabasePreferences defaults() {
		return new DatabasePreferences(Mode.THIS_COMPUTER, "localhost", Mode.DERBY_SERVER.defaultPort(), DEFAULT_DATABASE_NAME, "", "");
	}

	/** The preferences of this workspace. */
	public static DatabasePreferences load() {
		return load(InstanceScope.INSTANCE.getNode(QUALIFIER));
	}

	static DatabasePreferences load(IEclipsePreferences node) {
		DatabasePreferences defaults = defaults();
		Mode mode;
		try {
			mode = Mode.valueOf(node.get(MODE, defaults.mode().name()));
		} catch (IllegalArgumentException e) {
			// A preference file edited by hand: this computer's database is the one that surely opens.
			mode = Mode.THIS_COMPUTER;
		}
		return new DatabasePreferences(mode, node.get(HOST, defaults.host()), node.getInt(PORT, defaults.port()),
				node.get(DATABASE_NAME, defaults.databaseName()), node.get(URL, ""), node.get(USER, ""));
	}

	/**
	 * Keeps these settings in the workspace for the next start.
	 *
	 * @throws IllegalArgumentException when they are not valid (see {@link #problem()})
	 * @throws IllegalStateException    when the workspace's preferences cannot be written
	 */
	public void store() {
		problem().ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		node.put(MODE, mode.name());
		node.put(HOST, host);
		node.putInt(PORT, port);
		node.put(DATABASE_NAME, databaseName);
		node.put(URL, url);
		node.put(USER, user);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException(NLS.bind(DatabaseMessages.Preferences_notStored, e.getMessage()), e);
		}
	}

	public boolean isServer() {
		return mode != Mode.THIS_COMPUTER;
	}

	/**
	 * What is wrong with these settings, in one sentence of the user's language; empty when a
	 * database can be opened with them (whether it answers is for "Test connection" to tell).
	 */
	public Optional<String> problem() {
		if (!isServer()) {
			return Optional.empty();
		}
		if (!url.isEmpty()) {
			if (!url.startsWith(mode.urlPrefix())) {
				return Optional.of(NLS.bind(DatabaseMessages.Preferences_wrongUrlPrefix, mode.urlPrefix() + "host:port/" + DEFAULT_DATABASE_NAME));
			}
			String address = url.substring(mode.urlPrefix().length());
			// Derby's URL may carry ;attributes, PostgreSQL's ?parameters after the name
			String withoutOptions = address.replaceFirst("[;?].*$", "");
			if (!SERVER_ADDRESS.matcher(withoutOptions).matches()) {
				return Optional.of(NLS.bind(DatabaseMessages.Preferences_malformedUrl, mode.urlPrefix() + "host:port/" + DEFAULT_DATABASE_NAME));
			}
		} else {
			if (host.isEmpty()) {
				return Optional.of(DatabaseMessages.Preferences_hostMissing);
			}
			if (!HOST_NAME.matcher(host).matches()) {
				return Optional.of(NLS.bind(DatabaseMessages.Preferences_badHost, host));
			}
			if (port < 1 || port > 65535) {
				return Optional.of(NLS.bind(DatabaseMessages.Preferences_badPort, String.valueOf(port)));
			}
			if (databaseName.isEmpty()) {
				return Optional.of(DatabaseMessages.Preferences_databaseMissing);
			}
			if (!DATABASE.matcher(databaseName).matches()) {
				return Optional.of(NLS.bind(DatabaseMessages.Preferences_badDatabase, databaseName));
			}
		}
		if (user.isEmpty()) {
			return Optional.of(DatabaseMessages.Preferences_userMissing);
		}
		return Optional.empty();
	}

	/** The JDBC URL of the server database, the full URL when one is given; empty for this computer's database. */
	public Optional<String> serverUrl() {
		if (!isServer()) {
			return Optional.empty();
		}
		return Optional.of(!url.isEmpty() ? url : mode.urlPrefix() + host + ":" + port + "/" + databaseName);
	}

	/**
	 * The database these preferences name: this computer's in {@code dataFolder}, or the server's
	 * as {@link #user()} with {@code password}, keeping this desk's log files in {@code dataFolder}.
	 * A database created by opening them gets the sample data, as at every start.
	 *
	 * @throws IllegalArgumentException when the settings are not valid, or a server needs a password that is missing
	 */
	public DatabaseSettings settings(Path dataFolder, String password) {
		problem().ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		if (!isServer()) {
			return DatabaseSettings.embedded(dataFolder).populatedWhenNew();
		}
		return DatabaseSettings.server(serverUrl().orElseThrow(), user, password, dataFolder).populatedWhenNew();
	}

	/**
	 * Whether the launcher names the database ({@code -Dcordon.db.url}); then these preferences are
	 * not used.
	 */
	public static boolean launcherChoosesDatabase(String launcherUrl) {
		return launcherUrl != null && !launcherUrl.isBlank();
	}

	/**
	 * Whether the workbench opens the server these preferences name at its start: they name one,
	 * and the launcher names none ({@code launcherUrl}, the value of {@code -Dcordon.db.url}).
	 * Otherwise it opens what the launcher says, or this computer's database.
	 */
	public boolean opensServerAtStart(String launcherUrl) {
		return isServer() && !launcherChoosesDatabase(launcherUrl);
	}
}
