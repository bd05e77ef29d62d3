package org.cordon.persistence;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.cordon.persistence.internal.ChartGrants;
import org.cordon.persistence.internal.ChartGrants.Dialect;

import jakarta.persistence.EntityManager;

/**
 * Database users and their grants on a server database, following the organisation chart
 * (deployment.md, "Users and grants"). Every method works within the transaction of the entity
 * manager given, on its JDBC connection; on a single desk there are no database users and they do
 * nothing. Who may call them is the services' check; the database refuses anyone else too.
 */
public final class DatabaseGrants {

	/** Derby: no procedure of that name (one started by an older Cordon has none). */
	private static final String NO_SUCH_ROUTINE = "42Y03";

	private DatabaseGrants() {
	}

	/** Whether this entity manager works on a server database, which has users and grants. */
	public static boolean isServer(EntityManager em) {
		Object user = em.getEntityManagerFactory().getProperties().get(DatabaseSettings.SERVER_USER_FACTORY_PROPERTY);
		return user instanceof String name && !name.isBlank();
	}

	/**
	 * Brings the grants in line with the organisation chart stored now (in this transaction).
	 *
	 * @throws GrantsRefusedException when the database does not let this user change grants
	 */
	public static void sync(EntityManager em) {
		if (!isServer(em)) {
			return;
		}
		String rules = ChartGrants.rulesOf(em.getEntityManagerFactory());
		Connection connection = em.unwrap(Connection.class);
		try {
			if (Dialect.of(connection) == Dialect.DERBY) {
				try (CallableStatement sync = connection.prepareCall("CALL " + ChartGrants.DERBY_PROCEDURE + "(?)")) {
					sync.setString(1, rules);
					sync.execute();
				}
			} else {
				requirePostgresOwner(connection);
				ChartGrants.apply(connection, Dialect.POSTGRESQL, ChartGrants.parse(rules));
			}
		} catch (SQLException e) {
			if (isPermissionRefusal(e)) {
				throw new GrantsRefusedException("The database does not let " + userOf(em)
						+ " change its grants; an administrator (a holder of a position in the leading group's office) may.", e);
			}
			if (NO_SUCH_ROUTINE.equals(e.getSQLState())) {
				throw new IllegalStateException("the office server was started by an older Cordon that keeps no grants by the organisation chart;"
						+ " restart it with this Cordon's 'cordon server start'", e);
			}
			throw new IllegalStateException("the database's grants could not be brought in line with the organisation chart: " + e.getMessage(), e);
		}
	}

	/**
	 * Makes {@code code} a user of the database with this password, and brings the grants in line.
	 *
	 * @throws IllegalArgumentException when the code cannot be a database user name
	 * @throws GrantsRefusedException   when the database does not let this user make users
	 */
	public static void createUser(EntityManager em, String code, String password) {
		if (!ChartGrants.canLogIn(code)) {
			throw new IllegalArgumentException(code + " cannot be a database user name: a user's code is a letter followed by letters, digits or _");
		}
		if (password == null || password.isEmpty()) {
			throw new IllegalArgumentException("the new user " + code + " needs a password");
		}
		Connection connection = em.unwrap(Connection.class);
		try {
			if (Dialect.of(connection) == Dialect.DERBY) {
				try (CallableStatement create = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
					create.setString(1, code);
					create.setString(2, password);
					create.execute();
				}
			} else {
				try (Statement create = connection.createStatement()) {
					// Roles take no bind parameters; the name is a plain identifier, the password a quoted literal.
					create.execute("CREATE ROLE \"" + code.toLowerCase(Locale.ROOT) + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
				}
			}
		} catch (SQLException e) {
			if ("X0Y68".equals(e.getSQLState()) || "42710".equals(e.getSQLState())) {
				throw new IllegalArgumentException("the database has a user " + code + " already", e);
			}
			if (isPermissionRefusal(e)) {
				throw new GrantsRefusedException("The database does not let " + userOf(em) + " make users"
						+ (Dialect.POSTGRESQL.name().equals(dialectName(connection)) ? " (on PostgreSQL the role needs CREATEROLE)" : "")
						+ "; an administrator may.", e);
			}
			throw new IllegalStateException("the user " + code + " could not be made: " + e.getMessage(), e);
		}
		sync(em);
	}

	/**
	 * Whether a person's code can be a database user name: a plain SQL identifier (case ignored);
	 * a code such as {@code P-001} cannot log in.
	 */
	public static boolean canLogIn(String code) {
		return ChartGrants.canLogIn(code);
	}

	/**
	 * Whether the database refused a statement for want of a privilege: Derby's 42500 to 42504
	 * (table, column, routine), PostgreSQL's 42501.
	 */
	public static boolean isPermissionRefusal(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					if (next.getSQLState() != null && next.getSQLState().startsWith("4250")) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * The table a permission refusal names, if it names one. Derby says "… permission on [column 'NAME' of]
	 * table 'APP'.'CHECKPOINT'.", PostgreSQL "permission denied for table checkpoint"; a batch carries the
	 * refusal in its next exception.
	 */
	public static java.util.Optional<String> refusedTable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					java.util.regex.Matcher named = REFUSED_TABLE.matcher(String.valueOf(next.getMessage()));
					if (named.find()) {
						return java.util.Optional.of(named.group(1) != null ? named.group(1) : named.group(2));
					}
				}
			}
		}
		return java.util.Optional.empty();
	}

	private static final java.util.regex.Pattern REFUSED_TABLE = java.util.regex.Pattern
			.compile("table '[^']*'\\.'([^']+)'|permission denied for table \"?([^\\s\"]+)");

	/** PostgreSQL lets only a table's owner (or a superuser) grant on it. */
	private static void requirePostgresOwner(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT t.tableowner, r.rolsuper FROM pg_tables t, pg_roles r"
				+ " WHERE t.schemaname = current_schema() AND t.tablename = 'person' AND r.rolname = current_user");
				ResultSet owner = query.executeQuery()) {
			if (owner.next() && !owner.getBoolean(2) && !owner.getString(1).equals(connection.getMetaData().getUserName())) {
				throw new GrantsRefusedException("On PostgreSQL only the owner of Cordon's tables (" + owner.getString(1)
						+ ") can change their grants; run 'cordon user sync' as " + owner.getString(1) + ".", null);
			}
		}
	}

	private static String dialectName(Connection connection) {
		try {
			return Dialect.of(connection).name();
		} catch (SQLException e) {
			return "";
		}
	}

	private static String userOf(EntityManager em) {
		return String.valueOf(em.getEntityManagerFactory().getProperties().get(DatabaseSettings.SERVER_USER_FACTORY_PROPERTY));
	}

	/** The database would not let this user change users or grants. The message is one sentence. */
	public static final class GrantsRefusedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public GrantsRefusedException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
