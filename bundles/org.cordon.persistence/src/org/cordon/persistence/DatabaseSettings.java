package org.cordon.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the Cordon database lives. For now that is an embedded Derby database in a data folder;
 * the folder comes from {@code -Dcordon.data=DIR}, the command line's {@code --data DIR}, or
 * defaults to {@code ~/.cordon/data}. When {@code populateNew} is set, a database created by
 * opening these settings is handed to the {@link NewDatabaseListener}s (which load the sample data).
 */
public record DatabaseSettings(Path dataFolder, boolean populateNew) {

	public static final String DATA_FOLDER_PROPERTY = "cordon.data";

	public DatabaseSettings {
		Objects.requireNonNull(dataFolder, "dataFolder");
		dataFolder = dataFolder.toAbsolutePath().normalize();
	}

	/** An embedded database that starts empty when it is created. */
	public static DatabaseSettings embedded(Path dataFolder) {
		return new DatabaseSettings(dataFolder, false);
	}

	/** The same database, populated by the new-database listeners if this open creates it. */
	public DatabaseSettings populatedWhenNew() {
		return new DatabaseSettings(dataFolder, true);
	}

	/** The same database, left empty if this open creates it. */
	public DatabaseSettings emptyWhenNew() {
		return new DatabaseSettings(dataFolder, false);
	}

	/** Whether two settings name the same database (how a new one is populated does not matter). */
	public boolean sameDatabase(DatabaseSettings other) {
		return other != null && dataFolder.equals(other.dataFolder);
	}

	/**
	 * The settings a user asked for in the launcher, else the default folder; a database created
	 * with them gets the sample data.
	 */
	public static DatabaseSettings fromSystemProperties() {
		String configured = System.getProperty(DATA_FOLDER_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return embedded(Path.of(expandHome(configured.strip()))).populatedWhenNew();
		}
		return embedded(Path.of(System.getProperty("user.home"), ".cordon", "data")).populatedWhenNew();
	}

	private static String expandHome(String path) {
		if (path.equals("~") || path.startsWith("~/")) {
			return System.getProperty("user.home") + path.substring(1);
		}
		return path;
	}

	/** The Derby database folder inside the data folder. */
	public Path databaseFolder() {
		return dataFolder.resolve("db");
	}

	public String describe() {
		return "embedded Derby database in " + dataFolder;
	}
}
