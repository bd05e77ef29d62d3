package org.cordon.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.cordon.persistence.DatabaseSettings;
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
			return inUse(dataFolder, failure);
		}
		if (Files.isDirectory(dataFolder.resolve("db")) && findSqlException(failure, "XJ040") != null) {
			// The folder holds a database Derby could not boot: damaged files, or not a database at all.
			return new DatabaseUnavailableException("The Cordon database in " + dataFolder + " cannot be started ("
					+ deepestMessage(failure) + "); it may be damaged: restore a backup with 'cordon db restore --from DIR'.", failure);
		}
		return new DatabaseUnavailableException(
				"Cordon cannot open the database in " + dataFolder + ": " + deepestMessage(failure) + ".", failure);
	}

	/** The one sentence for a database another process holds, however that was found out. */
	static DatabaseUnavailableException inUse(Path dataFolder, Throwable failure) {
		return new DatabaseUnavailableException("The Cordon database in " + dataFolder
				+ " is in use by another Cordon process; close it or use a shared server database.", failure);
	}

	/**
	 * The sentence for a server database that refused or could not be reached. Derby's client says
	 * 08004 both for a wrong password and a missing database, so its reason decides; PostgreSQL says
	 * 28P01 (password) or 28000 (no such user or no entry in pg_hba.conf), and 3D000 for a missing database.
	 */
	static DatabaseUnavailableException onServerOpen(DatabaseSettings settings, Throwable failure) {
		String url = settings.serverUrl();
		String reason = deepestMessage(failure);
		if (findSqlException(failure, "28P01") != null || findSqlException(failure, "28000") != null
				|| (findSqlException(failure, "08004") != null && reason.toLowerCase().contains("password"))) {
			return new DatabaseUnavailableException("The database server " + url + " refused the user " + settings.user()
					+ ": wrong user name or password.", failure);
		}
		if (findSqlException(failure, "3D000") != null
				|| (findSqlException(failure, "08004") != null && reason.toLowerCase().contains("not found"))) {
			return new DatabaseUnavailableException("The database server answers, but it has no database " + url
					+ "; check the name in the URL.", failure);
		}
		if (findSqlException(failure, "08001") != null || findSqlException(failure, "08006") != null
				|| hasCause(failure, java.net.ConnectException.class) || hasCause(failure, java.net.UnknownHostException.class)) {
			return new DatabaseUnavailableException("Cordon cannot reach the database server " + url
					+ "; check that the server is running and that the address and port are right.", failure);
		}
		return new DatabaseUnavailableException("Cordon cannot open the database " + url + ": " + reason + ".", failure);
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
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
