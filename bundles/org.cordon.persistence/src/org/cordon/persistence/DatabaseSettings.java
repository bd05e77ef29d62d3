package org.cordon.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which Cordon database to open. Three modes (deployment.md):
 * <ul>
 * <li>an embedded Derby database in a data folder, one desk at a time (the default): the folder
 * comes from {@code -Dcordon.data=DIR}, the command line's {@code --data DIR}, or defaults to
 * {@code ~/.cordon/data};</li>
 * <li>a Derby Network Server, {@code jdbc:derby://host:port/name}, as started by {@code cordon server start};</li>
 * <li>PostgreSQL, {@code jdbc:postgresql://host:port/name}.</li>
 * </ul>
 * A server database is shared by many desks and needs a user and a password; the data folder
 * then only keeps this desk's log files. When {@code populateNew} is set, a database created by
 * opening these settings is handed to the {@link NewDatabaseListener}s (which load the sample data).
 *
 * @param serverUrl the JDBC URL of a server database, or {@code null} for the embedded one
 */
public record DatabaseSettings(Path dataFolder, boolean populateNew, String serverUrl, String user, String password) {

	public static final String DATA_FOLDER_PROPERTY = "cordon.data";
	/** A server database's JDBC URL; the user and password come from the next two, or the environment. */
	public static final String URL_PROPERTY = "cordon.db.url";
	public static final String USER_PROPERTY = "cordon.db.user";
	public static final String PASSWORD_PROPERTY = "cordon.db.password";
	public static final String USER_VARIABLE = "CORDON_USER";
	/**
	 * In the entity manager factory's properties of a server database: the user, whose rights the
	 * services check (on a single desk the local user administers).
	 */
	public static final String SERVER_USER_FACTORY_PROPERTY = "cordon.server.user";
	public static final String PASSWORD_VARIABLE = "CORDON_PASSWORD";

	/** The database engines Cordon runs on. */
	public enum Engine {
		EMBEDDED_DERBY, DERBY_SERVER, POSTGRESQL
	}

	public DatabaseSettings {
		Objects.requireNonNull(dataFolder, "dataFolder");
		dataFolder = dataFolder.toAbsolutePath().normalize();
		if (serverUrl != null) {
			serverUrl = serverUrl.strip();
			engineOf(serverUrl);
			if (user == null || user.isBlank()) {
				throw new IllegalArgumentException("the server database " + serverUrl
						+ " needs a user name (--user NAME or the environment variable " + USER_VARIABLE + ")");
			}
			user = user.strip();
			if (password == null) {
				throw new IllegalArgumentException("the server database " + serverUrl + " needs the password of " + user
						+ " (the environment variable " + PASSWORD_VARIABLE + ", or typed when asked)");
			}
		}
	}

	/** An embedded database that starts empty when it is created. */
	public static DatabaseSettings embedded(Path dataFolder) {
		return new DatabaseSettings(dataFolder, false, null, null, null);
	}

	/**
	 * A server database, reached by {@code url} as {@code user}; {@code localFolder} keeps this
	 * desk's log files.
	 *
	 * @throws IllegalArgumentException when the URL names no engine Cordon runs on, or the user is missing
	 */
	public static DatabaseSettings server(String url, String user, String password, Path localFolder) {
		return new DatabaseSettings(localFolder, false, url, user, password);
	}

	/** The default folder of this desk's data (or, in server mode, of its log files). */
	public static Path defaultDataFolder() {
		return Path.of(System.getProperty("user.home"), ".cordon", "data");
	}

	/**
	 * The engine a JDBC URL names.
	 *
	 * @throws IllegalArgumentException when it names none Cordon runs on
	 */
	public static Engine engineOf(String url) {
		if (url.startsWith("jdbc:derby://")) {
			return Engine.DERBY_SERVER;
		}
		if (url.startsWith("jdbc:postgresql://")) {
			return Engine.POSTGRESQL;
		}
		throw new IllegalArgumentException("'" + url
				+ "' is no database Cordon can use: give a Derby Network Server (jdbc:derby://host:port/name) or a PostgreSQL database (jdbc:postgresql://host:port/name)");
	}

	public Engine engine() {
		return serverUrl == null ? Engine.EMBEDDED_DERBY : engineOf(serverUrl);
	}

	public boolean isServer() {
		return serverUrl != null;
	}

	/**
	 * The same embedded database opened as {@code user}: a database with authentication on, as the
	 * office server opens its own.
	 */
	public DatabaseSettings as(String user, String password) {
		if (isServer()) {
			return server(serverUrl, user, password, dataFolder);
		}
		return new DatabaseSettings(dataFolder, populateNew, null, Objects.requireNonNull(user), Objects.requireNonNull(password));
	}

	/** The same database, populated by the new-database listeners if this open creates it. */
	public DatabaseSettings populatedWhenNew() {
		return new DatabaseSettings(dataFolder, true, serverUrl, user, password);
	}

	/** The same database, left empty if this open creates it. */
	public DatabaseSettings emptyWhenNew() {
		return new DatabaseSettings(dataFolder, false, serverUrl, user, password);
	}

	/** Whether two settings name the same database as the same user (how a new one is populated does not matter). */
	public boolean sameDatabase(DatabaseSettings other) {
		return other != null && dataFolder.equals(other.dataFolder) && Objects.equals(serverUrl, other.serverUrl)
				&& Objects.equals(user, other.user) && Objects.equals(password, other.password);
	}

	/**
	 * The settings a user asked for in the launcher ({@code -Dcordon.db.url} with the user from
	 * {@code -Dcordon.db.user} or {@code CORDON_USER} and the password from {@code CORDON_PASSWORD};
	 * else {@code -Dcordon.data}), else the default folder; a database created with them gets the
	 * sample data.
	 *
	 * @throws IllegalArgumentException when a server URL is configured without a user or password
	 */
	public static DatabaseSettings fromSystemProperties() {
		String configured = System.getProperty(DATA_FOLDER_PROPERTY);
		Path folder = configured != null && !configured.isBlank() ? Path.of(expandHome(configured.strip())) : defaultDataFolder();
		String url = System.getProperty(URL_PROPERTY);
		if (url != null && !url.isBlank()) {
			return server(url, firstOf(System.getProperty(USER_PROPERTY), System.getenv(USER_VARIABLE)),
					firstOf(System.getProperty(PASSWORD_PROPERTY), System.getenv(PASSWORD_VARIABLE)), folder).populatedWhenNew();
		}
		return embedded(folder).populatedWhenNew();
	}

	private static String firstOf(String first, String second) {
		return first != null && !first.isEmpty() ? first : second;
	}

	private static String expandHome(String path) {
		if (path.equals("~") || path.startsWith("~/")) {
			return System.getProperty("user.home") + path.substring(1);
		}
		return path;
	}

	/** The Derby database folder inside the data folder (of an embedded database). */
	public Path databaseFolder() {
		return dataFolder.resolve("db");
	}

	/** The JDBC URL Cordon connects to. */
	public String jdbcUrl() {
		return isServer() ? serverUrl : "jdbc:derby:" + databaseFolder();
	}

	public String describe() {
		return switch (engine()) {
		case EMBEDDED_DERBY -> "embedded Derby database in " + dataFolder;
		case DERBY_SERVER -> "Derby Network Server database " + serverUrl + " as " + user;
		case POSTGRESQL -> "PostgreSQL database " + serverUrl + " as " + user;
		};
	}

	/** Never shows the password, so settings may be logged. */
	@Override
	public String toString() {
		return "DatabaseSettings[" + describe() + (populateNew ? ", populated when new" : "") + "]";
	}
}
