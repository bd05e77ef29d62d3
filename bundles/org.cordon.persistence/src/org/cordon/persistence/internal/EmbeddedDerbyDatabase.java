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

	private DatabaseSettings settings;
	private EntityManagerFactory entityManagerFactory;
	private Driver driver;

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
		boolean creating = !Files.exists(requested.databaseFolder());
		configureDerbyLog(requested.dataFolder());
		Driver derby = derbyDriver();
		String url = "jdbc:derby:" + requested.databaseFolder();
		String fingerprint = SchemaFingerprint.of(EmbeddedDerbyDatabase.class.getClassLoader());
		boolean schemaCurrent;
		// Open once by hand: Derby's own SQLException says exactly why (folder locked, not a database ...).
		try (Connection first = derby.connect(url + ";create=true", new Properties())) {
			first.getMetaData();
			schemaCurrent = fingerprint != null && fingerprint.equals(SchemaFingerprint.stored(first));
		} catch (SQLException e) {
			throw DatabaseErrors.onOpen(requested.dataFolder(), e);
		}
		try {
			entityManagerFactory = createEntityManagerFactory(requested, new DriverDataSource(derby, url, new Properties()), schemaCurrent);
			if (!schemaCurrent && fingerprint != null) {
				recordSchema(derby, url, fingerprint);
			}
			settings = requested;
			driver = derby;
		} catch (PersistenceException | IllegalStateException e) {
			shutDown(derby, url);
			throw DatabaseErrors.onOpen(requested.dataFolder(), e);
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
			close();
			deleteQuietly(created.databaseFolder());
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
			open(DatabaseSettings.fromSystemProperties());
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
		if (entityManagerFactory == null) {
			return;
		}
		try {
			entityManagerFactory.close();
		} finally {
			shutDown(driver, "jdbc:derby:" + settings.databaseFolder());
			entityManagerFactory = null;
			settings = null;
			driver = null;
		}
	}

	/** Notes the model the schema now matches; if that fails, the next open checks the schema again. */
	private static void recordSchema(Driver derby, String url, String fingerprint) {
		try (Connection connection = derby.connect(url, new Properties())) {
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
		// EclipseLink caches sessions by name; each database needs its own.
		properties.put(PersistenceUnitProperties.SESSION_NAME, "cordon@" + settings.dataFolder());
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, CordonDerbyPlatform.class.getName());
		properties.put(PersistenceUnitProperties.WEAVING, "false");
		// A schema made from this very model needs no check (SchemaFingerprint); any other is created or extended.
		properties.put(PersistenceUnitProperties.DDL_GENERATION,
				schemaCurrent ? PersistenceUnitProperties.NONE : PersistenceUnitProperties.CREATE_OR_EXTEND);
		properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
		properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
		properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
		properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
		properties.put(PersistenceUnitProperties.LOGGING_FILE, settings.dataFolder().resolve("eclipselink.log").toString());
		EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, properties);
		if (factory == null) {
			throw new IllegalStateException("the persistence unit '" + PERSISTENCE_UNIT + "' was not found");
		}
		try {
			// EclipseLink deploys lazily; deploy now so the schema is created or extended at start.
			factory.createEntityManager().close();
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
		Path target = folder.toAbsolutePath().normalize();
		try {
			Files.createDirectories(target);
		} catch (IOException e) {
			throw new DatabaseUnavailableException("Cordon cannot create the backup folder " + target + ": " + e.getMessage() + ".", e);
		}
		if (Files.exists(target.resolve(settings.databaseFolder().getFileName()))) {
			throw new DatabaseUnavailableException("The folder " + target + " holds a backup already; choose an empty folder.");
		}
		try (Connection connection = driver.connect("jdbc:derby:" + settings.databaseFolder(), new Properties());
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
		configureDerbyLog(requested.dataFolder());
		Driver derby = derbyDriver();
		String url = "jdbc:derby:" + requested.databaseFolder();
		// restoreFrom replaces the database folder with the backup, and refuses a folder Derby cannot read as one.
		try (Connection restored = derby.connect(url + ";restoreFrom=" + source, new Properties())) {
			restored.getMetaData();
		} catch (SQLException e) {
			throw DatabaseErrors.onOpen(requested.dataFolder(), e);
		}
		shutDown(derby, url);
	}

	private static void shutDown(Driver derby, String url) {
		try (Connection ignored = derby.connect(url + ";shutdown=true", new Properties())) {
			// Derby always answers a shutdown with an exception; reaching here means it did not shut down.
		} catch (SQLException e) {
			if (!DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
				System.getLogger(EmbeddedDerbyDatabase.class.getName()).log(System.Logger.Level.WARNING,
						"Derby did not shut down " + url + " cleanly: " + e.getMessage());
			}
		}
	}
}
