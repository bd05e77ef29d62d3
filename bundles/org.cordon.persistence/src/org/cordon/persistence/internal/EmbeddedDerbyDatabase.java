package org.cordon.persistence.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.persistence.NewDatabaseListener;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The Cordon database as an embedded Derby database in the user's data folder: zero set-up, one
 * process at a time (Derby locks the folder, and a second process gets a clear sentence).
 */
@Component(service = CordonDatabase.class)
public class EmbeddedDerbyDatabase implements CordonDatabase {

	static final String PERSISTENCE_UNIT = "cordon";
	private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
	/** Derby answers a successful database shutdown with this state. */
	private static final String DATABASE_SHUT_DOWN = "08006";

	private static final java.util.concurrent.atomic.AtomicInteger OPENS = new java.util.concurrent.atomic.AtomicInteger();

	private DatabaseSettings settings;
	private EntityManagerFactory entityManagerFactory;
	private Driver driver;
	/** The embedded database's data folder, held from before it boots until it is shut down. */
	private DataFolderLock folderLock;

	/** Null when constructed outside OSGi (tests): then nobody is told of new databases. */
	private BundleContext context;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public synchronized void open(DatabaseSettings requested) {
		if (entityManagerFactory != null && requested.sameDatabase(settings)) {
			return;
		}
		close();
		prepareDataFolder(requested.dataFolder());
		if (requested.isServer()) {
			openServer(requested);
			return;
		}
		folderLock = DataFolderLock.hold(requested.dataFolder());
		try {
			openEmbedded(requested);
		} catch (RuntimeException | Error e) {
			if (entityManagerFactory == null) {
				releaseFolder();
			}
			throw e;
		}
	}

	private void openEmbedded(DatabaseSettings requested) {
		boolean creating = !Files.exists(requested.databaseFolder());
		configureDerbyLog(requested.dataFolder());
		Driver derby = derbyDriver();
		String url = "jdbc:derby:" + requested.databaseFolder();
		String fingerprint = SchemaFingerprint.of(EmbeddedDerbyDatabase.class.getClassLoader());
		boolean schemaCurrent;
		// Open once by hand: Derby's own SQLException says exactly why (folder locked, not a database ...).
		try (Connection first = derby.connect(url + ";create=true", credentials(requested))) {
			first.getMetaData();
			schemaCurrent = fingerprint != null && fingerprint.equals(SchemaFingerprint.stored(first));
		} catch (SQLException e) {
			throw DatabaseErrors.onOpen(requested.dataFolder(), e);
		}
		try {
			entityManagerFactory = createEntityManagerFactory(requested, new DriverDataSource(derby, url, credentials(requested)), schemaCurrent);
			if (!schemaCurrent) {
				completeSchema(() -> derby.connect(url, credentials(requested)), url, entityManagerFactory);
			}
			if (!schemaCurrent && fingerprint != null) {
				recordSchema(derby, url, credentials(requested), fingerprint);
			}
			settings = requested;
			driver = derby;
		} catch (PersistenceException | IllegalStateException e) {
			shutDown(derby, url, credentials(requested));
			throw DatabaseErrors.onOpen(requested.dataFolder(), e);
		}
		if (creating && requested.populateNew()) {
			populate(requested);
		}
	}

	/**
	 * A database on a Derby Network Server or PostgreSQL: shared by many desks, so nothing is locked
	 * or shut down here; its tables are created or extended like the embedded ones, and a database
	 * without Cordon's tables yet counts as new.
	 */
	private void openServer(DatabaseSettings requested) {
		ServerDrivers.Connector connector = ServerDrivers.connector(requested);
		boolean creating;
		try (Connection first = connector.connect()) {
			creating = !ServerDrivers.hasCordonTables(first, requested.engine());
		} catch (SQLException e) {
			throw DatabaseErrors.onServerOpen(requested, e);
		}
		try {
			entityManagerFactory = createEntityManagerFactory(requested, connector.dataSource(), false);
			completeSchema(connector::connect, requested.serverUrl(), entityManagerFactory);
			settings = requested;
			driver = null;
		} catch (PersistenceException | IllegalStateException e) {
			throw DatabaseErrors.onServerOpen(requested, e);
		}
		if (creating && requested.populateNew()) {
			populate(requested);
		}
	}

	private void populate(DatabaseSettings created) {
		try {
			for (NewDatabaseListener listener : newDatabaseListeners()) {
				listener.databaseCreated(this);
			}
		} catch (RuntimeException e) {
			// The folder stays held while the half-made database is removed: no other process may open it meanwhile.
			closeFactory();
			if (created.isServer()) {
				throw new DatabaseUnavailableException("Cordon created its tables in " + created.serverUrl()
						+ " but could not fill them with the sample data: " + DatabaseErrors.deepestMessage(e) + ".", e);
			}
			deleteQuietly(created.databaseFolder());
			releaseFolder();
			throw new DatabaseUnavailableException("Cordon created a new database in " + created.dataFolder()
					+ " but could not fill it with the sample data, so it removed it again: " + DatabaseErrors.deepestMessage(e) + ".", e);
		}
	}

	/**
	 * Looked up when needed rather than injected: a listener (the sample data) itself needs this
	 * database through other services, and a DS reference would make that a circle.
	 */
	private List<NewDatabaseListener> newDatabaseListeners() {
		if (context == null) {
			return List.of();
		}
		try {
			List<NewDatabaseListener> listeners = new ArrayList<>();
			for (ServiceReference<NewDatabaseListener> reference : context.getServiceReferences(NewDatabaseListener.class, null)) {
				NewDatabaseListener listener = context.getService(reference);
				if (listener != null) {
					listeners.add(listener);
				}
			}
			return listeners;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.WARNING,
					"could not remove " + folder + ": " + e.getMessage());
		}
	}

	@Override
	public synchronized EntityManagerFactory entityManagerFactory() {
		if (entityManagerFactory == null) {
			DatabaseSettings configured;
			try {
				configured = DatabaseSettings.fromSystemProperties();
			} catch (IllegalArgumentException e) {
				// A server URL in the launcher's settings without its user or password.
				throw new DatabaseUnavailableException("Cordon cannot open the configured database: " + e.getMessage() + ".", e);
			}
			open(configured);
		}
		return entityManagerFactory;
	}

	@Override
	public synchronized Optional<DatabaseSettings> current() {
		return Optional.ofNullable(entityManagerFactory == null ? null : settings);
	}

	@Override
	@Deactivate
	public synchronized void close() {
		try {
			closeFactory();
		} finally {
			releaseFolder();
		}
	}

	private void releaseFolder() {
		if (folderLock != null) {
			folderLock.close();
			folderLock = null;
		}
	}

	private void closeFactory() {
		if (entityManagerFactory == null) {
			return;
		}
		try {
			entityManagerFactory.close();
		} finally {
			if (!settings.isServer()) {
				shutDown(driver, "jdbc:derby:" + settings.databaseFolder(), credentials(settings));
			}
			entityManagerFactory = null;
			settings = null;
			driver = null;
		}
	}

	private interface ConnectionSource {
		Connection connect() throws SQLException;
	}

	/**
	 * What create-or-extend does not make, made by whoever makes the schema: the services' day
	 * totals of checkpoint counts, and the model's indexes on tables an older model made
	 * (ModelIndexes). On a server only the owner of the tables may create them; a desk without
	 * that right leaves them to the owner, and the services make the day totals on first use where
	 * they may.
	 */
	private static void completeSchema(ConnectionSource connections, String url, EntityManagerFactory factory) {
		try (Connection connection = connections.connect()) {
			org.cordon.persistence.CheckpointDayTotalTable.ensure(connection);
		} catch (SQLException e) {
			System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.INFO,
					"the checkpoint day totals table was not made in " + url + ": " + e.getMessage());
		}
		try (Connection connection = connections.connect()) {
			List<String> created = ModelIndexes.ensure(connection, factory);
			if (!created.isEmpty()) {
				System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.INFO,
						"made the indexes " + String.join(", ", created) + " in " + url);
			}
		} catch (SQLException e) {
			System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.WARNING,
					"the model's indexes were not all made in " + url + " (" + e.getMessage() + "); the reads they serve scan instead");
		}
	}

	/** Notes the model the schema now matches; if that fails, the next open checks the schema again. */
	private static void recordSchema(Driver derby, String url, Properties credentials, String fingerprint) {
		try (Connection connection = derby.connect(url, credentials)) {
			SchemaFingerprint.store(connection, fingerprint);
		} catch (SQLException e) {
			System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.WARNING,
					"could not record the schema's fingerprint in " + url + ": " + e.getMessage());
		}
	}

	private static EntityManagerFactory createEntityManagerFactory(DatabaseSettings settings, DriverDataSource dataSource,
			boolean schemaCurrent) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		properties.put(PersistenceUnitProperties.CLASSLOADER, EmbeddedDerbyDatabase.class.getClassLoader());
		// EclipseLink shares a session (its cache and listeners) among factories of one name; each open needs its own.
		properties.put(PersistenceUnitProperties.SESSION_NAME, (settings.isServer() ? "cordon@" + settings.serverUrl() + "/" + settings.user()
				: "cordon@" + settings.dataFolder()) + "#" + OPENS.incrementAndGet());
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, ServerDrivers.platformClass(settings.engine()));
		properties.put(PersistenceUnitProperties.WEAVING, "false");
		if (settings.isServer()) {
			properties.put(DatabaseSettings.SERVER_USER_FACTORY_PROPERTY, settings.user());
		}
		// A schema made from this very model needs no check (SchemaFingerprint); any other is created or extended.
		properties.put(PersistenceUnitProperties.DDL_GENERATION,
				schemaCurrent ? PersistenceUnitProperties.NONE : PersistenceUnitProperties.CREATE_OR_EXTEND);
		properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
		properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
		properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
		// A transaction keeps its prepared statements until its connection goes back. Derby's own cache
		// of compiled statements is off for the rest of a transaction that changed the catalogue, as a
		// bulk load does; without these, each record and audit line written after it was compiled anew.
		properties.put(PersistenceUnitProperties.CACHE_STATEMENTS, "true");
		properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
		properties.put(PersistenceUnitProperties.LOGGING_FILE, settings.dataFolder().resolve("eclipselink.log").toString());
		EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, properties);
		if (factory == null) {
			throw new IllegalStateException("the persistence unit '" + PERSISTENCE_UNIT + "' was not found");
		}
		try {
			// EclipseLink deploys lazily; deploy now so the schema is created or extended at start.
			factory.createEntityManager().close();
			AuditTrail.attach(factory, settings.user() != null ? settings.user() : System.getProperty("user.name", "desk"));
		} catch (RuntimeException e) {
			factory.close();
			throw e;
		}
		return factory;
	}

	private static void prepareDataFolder(Path folder) {
		try {
			Files.createDirectories(folder);
		} catch (AccessDeniedException e) {
			throw new DatabaseUnavailableException("Cordon cannot create its data folder " + folder
					+ ": permission denied; choose a writable folder with --data DIR or -Dcordon.data=DIR.", e);
		} catch (FileSystemException e) {
			throw new DatabaseUnavailableException("Cordon cannot create its data folder " + folder + ": "
					+ (e.getReason() == null ? "it is not a folder" : e.getReason().toLowerCase()) + ".", e);
		} catch (IOException e) {
			throw new DatabaseUnavailableException("Cordon cannot create its data folder " + folder + ": " + e.getMessage() + ".", e);
		}
		// Root ignores permission bits, and a read-only mount is not visible in them: try a real write.
		try {
			Path probe = Files.createTempFile(folder, ".cordon-write-test", ".tmp");
			Files.delete(probe);
		} catch (IOException e) {
			throw new DatabaseUnavailableException("The Cordon data folder " + folder
					+ " is not writable; choose a writable folder with --data DIR or -Dcordon.data=DIR.", e);
		}
	}

	private static void configureDerbyLog(Path dataFolder) {
		// Read once, when the engine boots; keeps derby.log out of the working directory.
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", dataFolder.resolve("derby.log").toString());
		}
	}

	private static Driver derbyDriver() {
		try {
			return (Driver) Class.forName(DERBY_DRIVER, true, EmbeddedDerbyDatabase.class.getClassLoader())
					.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new DatabaseUnavailableException("Cordon cannot load the Derby database engine; the installation is incomplete.", e);
		}
	}

	@Override
	public synchronized Path backup(Path folder) {
		entityManagerFactory();
		if (settings.isServer()) {
			return ServerDrivers.backUpServer(entityManagerFactory, settings, folder);
		}
		Path target = folder.toAbsolutePath().normalize();
		try {
			Files.createDirectories(target);
		} catch (IOException e) {
			throw new DatabaseUnavailableException("Cordon cannot create the backup folder " + target + ": " + e.getMessage() + ".", e);
		}
		if (Files.exists(target.resolve(settings.databaseFolder().getFileName()))) {
			throw new DatabaseUnavailableException("The folder " + target + " holds a backup already; choose an empty folder.");
		}
		try (Connection connection = driver.connect("jdbc:derby:" + settings.databaseFolder(), credentials(settings));
				java.sql.CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			call.setString(1, target.toString());
			call.execute();
		} catch (SQLException e) {
			throw new DatabaseUnavailableException("Cordon could not back up the database to " + target + ": "
					+ DatabaseErrors.deepestMessage(e) + ".", e);
		}
		return target.resolve(settings.databaseFolder().getFileName());
	}

	@Override
	public synchronized void restore(DatabaseSettings requested, Path backup) {
		if (requested.isServer()) {
			throw new DatabaseUnavailableException("A server database is restored on the server, not by a desk: see docs/deployment.md ("
					+ requested.serverUrl() + ").");
		}
		Path source = backup.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source.resolve("service.properties"))) {
			source = source.resolve(requested.databaseFolder().getFileName());
		}
		if (!Files.isRegularFile(source.resolve("service.properties"))) {
			throw new DatabaseUnavailableException("The folder " + backup.toAbsolutePath()
					+ " holds no Cordon backup (made with 'cordon db backup --to DIR'); nothing was restored.");
		}
		close();
		prepareDataFolder(requested.dataFolder());
		try (DataFolderLock held = DataFolderLock.hold(requested.dataFolder())) {
			configureDerbyLog(requested.dataFolder());
			Driver derby = derbyDriver();
			String url = "jdbc:derby:" + requested.databaseFolder();
			// restoreFrom replaces the database folder with the backup, and refuses a folder Derby cannot read as one.
			try (Connection restored = derby.connect(url + ";restoreFrom=" + source, new Properties())) {
				restored.getMetaData();
			} catch (SQLException e) {
				throw DatabaseErrors.onOpen(requested.dataFolder(), e);
			}
			shutDown(derby, url, new Properties());
		}
	}

	/**
	 * No user for a desk's own database; the owner's, kept beside it, when the office server
	 * opens its database in-process to extend the schema (OfficeServer).
	 */
	private static Properties credentials(DatabaseSettings settings) {
		Properties credentials = new Properties();
		if (settings.user() != null) {
			credentials.setProperty("user", settings.user());
			credentials.setProperty("password", settings.password());
		}
		return credentials;
	}

	private static void shutDown(Driver derby, String url, Properties credentials) {
		try (Connection ignored = derby.connect(url + ";shutdown=true", credentials)) {
			// Derby always answers a shutdown with an exception; reaching here means it did not shut down.
		} catch (SQLException e) {
			if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
				System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.WARNING,
						"Derby did not shut down " + url + " cleanly: " + e.getMessage());
			}
		}
	}
}
