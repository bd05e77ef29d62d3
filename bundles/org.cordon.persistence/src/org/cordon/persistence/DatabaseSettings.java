package org.cordon.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the Cordon database lives. For now that is an embedded Derby database in a data folder;
 * the folder comes from {@code -Dcordon.data=DIR}, the command line's {@code --data DIR}, or
 * defaults to {@code ~/.cordon/data}.
 */
public record DatabaseSettings(Path dataFolder) {

	public static final String DATA_FOLDER_PROPERTY = "cordon.data";

	public DatabaseSettings {
		Objects.requireNonNull(dataFolder, "dataFolder");
		dataFolder = dataFolder.toAbsolutePath().normalize();
	}

	public static DatabaseSettings embedded(Path dataFolder) {
		return new DatabaseSettings(dataFolder);
	}

	/** The settings a user asked for on the command line or in the launcher, else the default folder. */
	public static DatabaseSettings fromSystemProperties() {
		String configured = System.getProperty(DATA_FOLDER_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return embedded(Path.of(expandHome(configured.strip())));
		}
		return embedded(Path.of(System.getProperty("user.home"), ".cordon", "data"));
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
