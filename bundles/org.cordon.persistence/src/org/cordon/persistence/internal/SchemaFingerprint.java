package org.cordon.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema was last created or extended from: a digest of {@code persistence.xml}, the
 * class files of the entities it lists with their superclasses, and the database platform. A
 * database that records the digest of the running model needs no schema check when it opens:
 * EclipseLink's create-or-extend tries every table and constraint again on each open, and Derby
 * compiles and refuses some forty statements, which costs seconds of every start.
 */
final class SchemaFingerprint {

	static final String TABLE = "CORDON_SCHEMA";
	/** Derby's state for a table that does not exist. */
	private static final String NO_SUCH_TABLE = "42X05";
	private static final Pattern LISTED_CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

	private SchemaFingerprint() {
	}

	/** The digest of the model as {@code loader} sees it, or null when a part cannot be read (then the schema is always checked). */
	static String of(ClassLoader loader) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] unit = read(loader, "META-INF/persistence.xml");
			if (unit == null) {
				return null;
			}
			digest.update(unit);
			Set<String> seen = new HashSet<>();
			Matcher listed = LISTED_CLASS.matcher(new String(unit, StandardCharsets.UTF_8));
			while (listed.find()) {
				for (Class<?> type = loader.loadClass(listed.group(1)); type != null && type != Object.class; type = type.getSuperclass()) {
					if (seen.add(type.getName()) && !add(digest, loader, type)) {
						return null;
					}
				}
			}
			if (!add(digest, loader, CordonDerbyPlatform.class)) {
				return null;
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException | ClassNotFoundException | IOException | LinkageError e) {
			return null;
		}
	}

	private static boolean add(MessageDigest digest, ClassLoader loader, Class<?> type) throws IOException {
		digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
		byte[] bytes = read(loader, type.getName().replace('.', '/') + ".class");
		if (bytes == null) {
			return false;
		}
		digest.update(bytes);
		return true;
	}

	private static byte[] read(ClassLoader loader, String resource) throws IOException {
		try (InputStream in = loader.getResourceAsStream(resource)) {
			return in == null ? null : in.readAllBytes();
		}
	}

	/** The digest the database recorded, or null when it has none. */
	static String stored(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT FINGERPRINT FROM " + TABLE)) {
			return row.next() ? row.getString(1) : null;
		} catch (SQLException e) {
			if (NO_SUCH_TABLE.equals(e.getSQLState())) {
				return null;
			}
			throw e;
		}
	}

	/** Records the digest of the model the schema has just been created or extended from. */
	static void store(Connection connection, String fingerprint) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			if (stored(connection) == null) {
				try {
					statement.executeUpdate("CREATE TABLE " + TABLE + " (FINGERPRINT VARCHAR(64) NOT NULL)");
				} catch (SQLException e) {
					if (!"X0Y32".equals(e.getSQLState())) { // exists already, empty
						throw e;
					}
				}
			}
			statement.executeUpdate("DELETE FROM " + TABLE);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (FINGERPRINT) VALUES (?)")) {
				insert.setString(1, fingerprint);
				insert.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}
}
