package org.cordon.persistence;

import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

/**
 * The one database all working groups share. Services obtain their entity managers here;
 * nothing else in Cordon talks to JPA's bootstrap or to JDBC.
 */
public interface CordonDatabase {

	/**
	 * Opens the database described by the settings, creating it and extending its schema as
	 * needed; a database opened before is closed first.
	 *
	 * @throws DatabaseUnavailableException when it cannot be opened, with a sentence saying why
	 */
	void open(DatabaseSettings settings);

	/**
	 * The entity manager factory of the open database. When none is open yet, the database named
	 * by {@link DatabaseSettings#fromSystemProperties()} is opened first.
	 *
	 * @throws DatabaseUnavailableException when it cannot be opened
	 */
	EntityManagerFactory entityManagerFactory();

	/** The settings of the open database, if one is open. */
	Optional<DatabaseSettings> current();

	/** Closes the open database, if any, so that another process may use it. */
	void close();

	/**
	 * Copies the open database (opening the default one if none is) into {@code folder} while it
	 * stays in use: Derby's online backup. Returns the folder holding the copy.
	 *
	 * @throws DatabaseUnavailableException when the copy cannot be made, with a sentence saying why
	 */
	java.nio.file.Path backup(java.nio.file.Path folder);

	/**
	 * Replaces the database named by the settings with a backup made by {@link #backup}; the
	 * database is closed afterwards. Nothing is replaced when {@code backup} holds no backup.
	 *
	 * @throws DatabaseUnavailableException when the backup cannot be restored, with a sentence saying why
	 */
	void restore(DatabaseSettings settings, java.nio.file.Path backup);
}
