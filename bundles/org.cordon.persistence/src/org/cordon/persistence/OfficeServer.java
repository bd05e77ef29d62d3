package org.cordon.persistence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;

/**
 * An office's shared database: the Cordon database in a data folder, served by a Derby Network
 * Server with authentication on, so that every desk of the office works on it
 * ({@code cordon server start}; deployment.md).
 * <p>
 * Authentication is Derby's NATIVE authentication kept in the database itself (NATIVE::LOCAL):
 * a database without users yet gets its first administrator, and its owner, if someone else,
 * a random password nobody knows, as Derby asks for the owner's credentials first.
 */
public final class OfficeServer implements AutoCloseable {

	/** Derby's default port. */
	public static final int DEFAULT_PORT = 1527;
	/** Derby: the user or password was not accepted. */
	private static final String AUTHENTICATION_FAILED = "08004";
	/** Derby answers a successful database shutdown with this state. */
	private static final String DATABASE_SHUT_DOWN = "08006";
	private static final int START_WAIT_MILLIS = 30_000;
	/** Beside the database: the owner's name and password, which only the server uses. */
	static final String OWNER_FILE = "owner.password";

	private final NetworkServerControl control;
	private final Path databaseFolder;
	private final String clientUrl;
	/** The owner's credentials: with SQL authorization on, only the owner may shut the database down. */
	private final String owner;
	private final String ownerPassword;
	private volatile boolean closed;

	private OfficeServer(NetworkServerControl control, Path databaseFolder, String clientUrl, String owner, String ownerPassword) {
		this.control = control;
		this.databaseFolder = databaseFolder;
		this.clientUrl = clientUrl;
		this.owner = owner;
		this.ownerPassword = ownerPassword;
	}

	/**
	 * Prepares the database in {@code dataFolder} (a new one is created through {@code setUp}, so it
	 * gets the sample data when the new-database listeners are there; one without users gets
	 * {@code admin} with {@code password}) and serves it on {@code host:port}.
	 *
	 * @param host the address to listen on: {@code 0.0.0.0} for every network of the machine, or
	 *             {@code 127.0.0.1} for this machine only
	 * @throws DatabaseUnavailableException with a sentence saying why the server cannot start
	 */
	public static OfficeServer start(CordonDatabase setUp, Path dataFolder, String host, int port, String admin, String password) {
		DatabaseSettings settings = DatabaseSettings.embedded(dataFolder).populatedWhenNew();
		if (!Files.exists(settings.databaseFolder()) || !requiresAuthentication(settings)) {
			// Opened once through Cordon: creates the folder, the schema and the sample data, or says why not.
			setUp.open(settings);
			setUp.close();
			addFirstAdministrator(settings, admin, password);
		}
		DatabaseSettings owner = ownerSettings(settings);
		// As the tables' owner: extends the schema a newer Cordon needs, which desks may not do.
		setUp.open(owner.emptyWhenNew());
		String grantRules = org.cordon.persistence.internal.ChartGrants.rulesOf(setUp.entityManagerFactory());
		setUp.close();
		grantByTheChart(owner, grantRules);
		InetAddress address;
		try {
			address = InetAddress.getByName(host);
		} catch (UnknownHostException e) {
			throw new DatabaseUnavailableException("There is no address '" + host + "' on this machine to serve the database on.", e);
		}
		NetworkServerControl control;
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		try {
			// The server's threads inherit this loader, through which Derby finds the grants procedure's class.
			thread.setContextClassLoader(OfficeServer.class.getClassLoader());
			control = new NetworkServerControl(address, port);
			control.start(new PrintWriter(new StringWriter(), true));
		} catch (Exception e) {
			throw new DatabaseUnavailableException("The Derby Network Server cannot start on " + host + ":" + port + ": " + e.getMessage() + ".", e);
		} finally {
			thread.setContextClassLoader(callers);
		}
		awaitRunning(control, host, port);
		return new OfficeServer(control, settings.databaseFolder(), clientUrl(host, port, settings.databaseFolder()), owner.user(), owner.password());
	}

	/** The JDBC URL desks connect with: the database's absolute path on this machine, behind its address. */
	private static String clientUrl(String host, int port, Path databaseFolder) {
		String shownHost = host;
		if (host.equals("0.0.0.0") || host.equals("::")) {
			try {
				shownHost = InetAddress.getLocalHost().getHostName();
			} catch (UnknownHostException e) {
				shownHost = "localhost";
			}
		}
		return "jdbc:derby://" + shownHost + ":" + port + "/" + databaseFolder.toAbsolutePath();
	}

	private static void awaitRunning(NetworkServerControl control, String host, int port) {
		long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
		Exception last = null;
		while (System.currentTimeMillis() < deadline) {
			try {
				control.ping();
				return;
			} catch (Exception e) {
				last = e;
				sleep(200);
			}
		}
		try {
			control.shutdown();
		} catch (Exception ignored) {
			// it never answered; nothing to stop
		}
		throw new DatabaseUnavailableException("The Derby Network Server did not start on " + host + ":" + port
				+ (last == null ? "" : ": " + last.getMessage()) + "; is the port in use?", last);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether the database asks for a user and password already (it was set up before). */
	private static boolean requiresAuthentication(DatabaseSettings settings) {
		Driver derby = embeddedDriver();
		try (Connection connection = derby.connect(settings.jdbcUrl(), new Properties())) {
			return false;
		} catch (SQLException e) {
			if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
				return true;
			}
			throw new DatabaseUnavailableException("The database in " + settings.dataFolder() + " cannot be opened: " + e.getMessage(), e);
		} finally {
			shutDown(derby, settings.jdbcUrl());
		}
	}

	private static void addFirstAdministrator(DatabaseSettings settings, String admin, String password) {
		if (admin == null || admin.isBlank()) {
			throw new DatabaseUnavailableException("The database in " + settings.dataFolder()
					+ " has no users yet: name its first administrator with --admin NAME (the password comes from CORDON_PASSWORD).");
		}
		if (password == null || password.isEmpty()) {
			throw new DatabaseUnavailableException("The first administrator " + admin
					+ " needs a password: set the environment variable CORDON_PASSWORD or type it when asked.");
		}
		Driver derby = embeddedDriver();
		try (Connection connection = derby.connect(settings.jdbcUrl(), new Properties())) {
			String owner = databaseOwner(connection);
			if (owner.equalsIgnoreCase(admin.strip())) {
				throw new DatabaseUnavailableException(owner + " owns the database's tables; choose another name for its first administrator.");
			}
			// The owner's credentials come first (Derby asks for them); only the server uses them.
			String ownerPassword = randomPassword();
			writeOwnerFile(settings, owner, ownerPassword);
			setDatabaseProperty(connection, "derby.database.sqlAuthorization", "true");
			createUser(connection, owner, ownerPassword);
			createUser(connection, admin.strip(), password);
			// Creating the owner's credentials turns NATIVE authentication on in Derby 10.17; say so
			// explicitly for a Derby that does not.
			if (authenticationProvider(connection) == null) {
				setDatabaseProperty(connection, "derby.authentication.provider", "NATIVE::LOCAL");
			}
		} catch (SQLException e) {
			throw new DatabaseUnavailableException("Cordon could not add the administrator " + admin + " to the database in "
					+ settings.dataFolder() + ": " + e.getMessage(), e);
		} finally {
			// NATIVE authentication starts with the database's next boot, the network server's.
			shutDown(derby, settings.jdbcUrl());
		}
	}

	private static String databaseOwner(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'");
				ResultSet owner = query.executeQuery()) {
			owner.next();
			return owner.getString(1);
		}
	}

	private static void setDatabaseProperty(Connection connection, String key, String value) throws SQLException {
		try (CallableStatement property = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
			property.setString(1, key);
			property.setString(2, value);
			property.execute();
		}
	}

	/** Where the server keeps the owner's credentials: beside the database, readable by the server's account only. */
	private static Path ownerFile(DatabaseSettings settings) {
		return settings.dataFolder().resolve(OWNER_FILE);
	}

	private static void writeOwnerFile(DatabaseSettings settings, String owner, String ownerPassword) {
		Path file = ownerFile(settings);
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, java.nio.file.attribute.PosixFilePermissions
					.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, owner + "\n" + ownerPassword + "\n");
		} catch (java.io.IOException e) {
			throw new DatabaseUnavailableException("Cordon cannot write " + file + ": " + e.getMessage() + ".", e);
		}
	}

	private static DatabaseSettings ownerSettings(DatabaseSettings settings) {
		Path file = ownerFile(settings);
		try {
			java.util.List<String> lines = Files.readAllLines(file);
			return settings.as(lines.get(0).strip(), lines.get(1).strip());
		} catch (java.io.IOException | IndexOutOfBoundsException e) {
			throw new DatabaseUnavailableException("The database in " + settings.dataFolder() + " asks for a password, but the owner's credentials ("
					+ file + ") that the server needs are missing or damaged; restore them from the backup of the data folder.", e);
		}
	}

	/**
	 * Derby checks every table's privileges once users log in. Everyone may read; who may write
	 * what follows the organisation chart (ChartGrants), as the owner grants it here and
	 * administrators later through the procedure installed here, which runs with the owner's rights.
	 */
	private static void grantByTheChart(DatabaseSettings owner, String grantRules) {
		Driver derby = embeddedDriver();
		Properties credentials = new Properties();
		credentials.setProperty("user", owner.user());
		credentials.setProperty("password", owner.password());
		Thread thread = Thread.currentThread();
		ClassLoader callers = thread.getContextClassLoader();
		try (Connection connection = derby.connect(owner.jdbcUrl(), credentials)) {
			thread.setContextClassLoader(OfficeServer.class.getClassLoader());
			connection.setAutoCommit(false);
			org.cordon.persistence.internal.ChartGrants.installDerbyProcedure(connection);
			org.cordon.persistence.internal.ChartGrants.apply(connection, org.cordon.persistence.internal.ChartGrants.Dialect.DERBY,
					org.cordon.persistence.internal.ChartGrants.parse(grantRules));
			connection.commit();
		} catch (SQLException e) {
			throw new DatabaseUnavailableException("Cordon could not grant the tables in " + owner.dataFolder() + " to the office's users: "
					+ e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(callers);
			shutDown(derby, owner.jdbcUrl(), credentials);
		}
	}

	private static String authenticationProvider(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.authentication.provider')");
				ResultSet provider = query.executeQuery()) {
			provider.next();
			return provider.getString(1);
		}
	}

	private static void createUser(Connection connection, String user, String password) throws SQLException {
		try (CallableStatement create = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
			create.setString(1, user);
			create.setString(2, password);
			create.execute();
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Driver embeddedDriver() {
		try {
			return (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver", true, OfficeServer.class.getClassLoader())
					.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new DatabaseUnavailableException("Cordon cannot load the Derby database engine; the installation is incomplete.", e);
		}
	}

	private static void shutDown(Driver derby, String url) {
		shutDown(derby, url, new Properties());
	}

	private static void shutDown(Driver derby, String url, Properties credentials) {
		try (Connection ignored = derby.connect(url + ";shutdown=true", credentials)) {
			// Derby answers a shutdown with an exception
		} catch (SQLException e) {
			if (!DATABASE_SHUT_DOWN.equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())
					&& !AUTHENTICATION_FAILED.equals(e.getSQLState())) {
				System.getLogger(OfficeServer.class.getName()).log(System.Logger.Level.WARNING,
						"Derby did not shut down " + url + ": " + e.getMessage());
			}
		}
	}

	/** The JDBC URL that desks use: {@code jdbc:derby://host:port/PATH}. */
	public String clientUrl() {
		return clientUrl;
	}

	/** Whether the server still answers. */
	public boolean isRunning() {
		if (closed) {
			return false;
		}
		try {
			control.ping();
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	/** Waits until the server is stopped, by {@link #close()}, {@link #stop(String, int)} or a signal. */
	public void awaitStopped() throws InterruptedException {
		while (isRunning()) {
			Thread.sleep(1000);
		}
	}

	/** Stops serving, and shuts the database down cleanly. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			control.shutdown();
		} catch (Exception e) {
			// stopped already, by 'cordon server stop'
		}
		// Shut down cleanly; were this to fail, Derby recovers from its log on the next boot, losing nothing committed.
		Properties credentials = new Properties();
		credentials.setProperty("user", owner);
		credentials.setProperty("password", ownerPassword);
		shutDown(embeddedDriver(), "jdbc:derby:" + databaseFolder, credentials);
	}

	/**
	 * Stops the server listening on {@code host:port}.
	 *
	 * @throws DatabaseUnavailableException when no server answers there
	 */
	public static void stop(String host, int port) {
		try {
			NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), port);
			control.ping();
			control.shutdown();
		} catch (Exception e) {
			throw new DatabaseUnavailableException("No Cordon server answers on " + host + ":" + port + "; nothing was stopped.", e);
		}
	}

	/** The database folder served. */
	public Path databaseFolder() {
		return databaseFolder;
	}
}
