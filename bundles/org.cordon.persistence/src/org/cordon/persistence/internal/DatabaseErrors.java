package org.cordon.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.cordon.persistence.DatabaseUnavailableException;

/** Turns what Derby reports on opening a database into one sentence a user can act on. */
final class DatabaseErrors {

	/** Derby: "Another instance of Derby may have already booted the database". */
	static final String DATABASE_IN_USE = "XSDB6";

	private DatabaseErrors() {
	}

	static DatabaseUnavailableException onOpen(Path dataFolder, Throwable failure) {
		SQLException sql = findSqlException(failure, DATABASE_IN_USE);
		if (sql != null) {
			return new DatabaseUnavailableException("The Cordon database in " + dataFolder
					+ " is in use by another Cordon process; close it or use a shared server database.", failure);
		}
		if (Files.isDirectory(dataFolder.resolve("db")) && findSqlException(failure, "XJ040") != null) {
			// The folder holds a database Derby could not boot: damaged files, or not a database at all.
			return new DatabaseUnavailableException("The Cordon database in " + dataFolder + " cannot be started ("
					+ deepestMessage(failure) + "); it may be damaged: restore a backup with 'cordon db restore --from DIR'.", failure);
		}
		return new DatabaseUnavailableException(
				"Cordon cannot open the database in " + dataFolder + ": " + deepestMessage(failure) + ".", failure);
	}

	static SQLException findSqlException(Throwable failure, String sqlState) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					if (sqlState.equals(next.getSQLState())) {
						return next;
					}
				}
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	/** The most specific message in the chain, without exception class names. */
	static String deepestMessage(Throwable failure) {
		String message = null;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
			if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException().getMessage() != null) {
				message = sql.getNextException().getMessage();
			}
		}
		if (message == null) {
			return failure.getClass().getSimpleName();
		}
		String firstLine = message.lines().findFirst().orElse(message).strip();
		return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
	}
}
