package org.cordon.persistence.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.screening.FeverCase;
import org.cordon.persistence.RecordGroups;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.Session;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TableGenerator;

/**
 * The database's grants, brought in line with the organisation chart: everyone reads every table;
 * a working group's tables are written by the holders of its positions; the organisation, the
 * diagrams and the records of no group by administrators (holders of a position in the office,
 * and database users who are no person); and the bookkeeping a save touches by whoever makes that
 * save. Grants nobody should have any more are revoked, {@code PUBLIC}'s writing too.
 * <p>
 * The rules (which table is whose) come from the entities through {@link RecordGroups}, the rule
 * the services check; who holds which position is read from the database when the grants are
 * made. On a Derby server only the tables' owner may grant, so the grants are made by the
 * procedure {@value #DERBY_PROCEDURE}, which runs with its owner's rights ({@code EXTERNAL SECURITY
 * DEFINER}) and which only administrators may call; on PostgreSQL the connecting user makes them
 * and must own the tables.
 */
public final class ChartGrants {

	/** The Derby procedure administrators call; it runs as the tables' owner. */
	public static final String DERBY_PROCEDURE = "APP.CORDON_SYNC_GRANTS";
	private static final String WRITE = "INSERT,UPDATE,DELETE";
	/** Derby's system procedures an administrator uses: users, and the server-side backup. */
	private static final List<String> DERBY_ADMINISTRATOR_PROCEDURES = List.of("SYSCS_UTIL.SYSCS_CREATE_USER", "SYSCS_UTIL.SYSCS_RESET_PASSWORD",
			"SYSCS_UTIL.SYSCS_DROP_USER", "SYSCS_UTIL.SYSCS_BACKUP_DATABASE", DERBY_PROCEDURE);
	/**
	 * The services' day totals of the checkpoint counts (CheckpointDayTotals), which a save of counts
	 * refreshes; it is made by SQL, not mapped.
	 */
	private static final String CHECKPOINT_DAY_TOTALS = org.cordon.persistence.CheckpointDayTotalTable.NAME;

	/** The engines with users and grants. */
	public enum Dialect {
		DERBY, POSTGRESQL;

		/** Unquoted SQL names as the engine keeps them. */
		String normal(String name) {
			return this == DERBY ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
		}

		public static Dialect of(Connection connection) throws SQLException {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
		}
	}

	/**
	 * One rule: {@code privileges} on {@code table} for {@code whom}, which is {@code group:CODE}
	 * (the holders of the group's positions), {@code administrators}, {@code writers} (everyone
	 * who may write anything) or {@code writers-of:TABLE} (whoever may write that table).
	 * Administrators are always among them.
	 */
	public record Rule(String table, List<String> privileges, String whom) {

		String line() {
			return table + "|" + String.join(",", privileges) + "|" + whom;
		}

		static Rule parse(String line) {
			String[] parts = line.split("\\|");
			if (parts.length != 3) {
				throw new IllegalArgumentException("not a grant rule: " + line);
			}
			return new Rule(parts[0], List.of(parts[1].split(",")), parts[2]);
		}
	}

	private ChartGrants() {
	}

	/** The rules of this database's tables, as one text (the Derby procedure's argument). */
	public static String rulesOf(EntityManagerFactory factory) {
		Session session = JpaHelper.getServerSession(factory);
		List<Rule> rules = new ArrayList<>();
		for (ClassDescriptor descriptor : session.getDescriptors().values()) {
			Class<?> type = descriptor.getJavaClass();
			if (descriptor.isAggregateDescriptor() || type == AuditEntry.class) {
				continue;
			}
			String group = RecordGroups.owningGroupCode(type);
			for (String table : descriptor.getTableNames()) {
				rules.add(new Rule(table, List.of(WRITE.split(",")), group == null ? "administrators" : "group:" + group));
			}
		}
		// What every save touches: its lines in the audit trail, and new keys.
		rules.add(new Rule(tableOf(session, AuditEntry.class), List.of("INSERT"), "writers"));
		TableGenerator keys = keyGenerator();
		rules.add(new Rule(keys.table(), List.of("INSERT", "UPDATE"), "writers"));
		// What a save of checkpoint counts touches: the day totals, and the fever cases it opens.
		String counts = tableOf(session, CheckpointCount.class);
		rules.add(new Rule(CHECKPOINT_DAY_TOTALS, List.of("INSERT", "DELETE"), "writers-of:" + counts));
		rules.add(new Rule(tableOf(session, FeverCase.class), List.of("INSERT"), "writers-of:" + counts));
		StringBuilder text = new StringBuilder();
		for (Rule rule : rules) {
			text.append(rule.line()).append('\n');
		}
		return text.toString();
	}

	private static String tableOf(Session session, Class<?> type) {
		return session.getDescriptor(type).getTableName();
	}

	private static TableGenerator keyGenerator() {
		try {
			return CordonEntity.class.getDeclaredField("id").getAnnotation(TableGenerator.class);
		} catch (NoSuchFieldException e) {
			throw new IllegalStateException("CordonEntity has no id field", e);
		}
	}

	public static List<Rule> parse(String rules) {
		List<Rule> parsed = new ArrayList<>();
		for (String line : rules.split("\n")) {
			if (!line.isBlank()) {
				parsed.add(Rule.parse(line.strip()));
			}
		}
		return parsed;
	}

	/**
	 * The entry point of the Derby procedure {@value #DERBY_PROCEDURE}: brings the grants in line
	 * within the caller's transaction, with the rights of the procedure's owner.
	 */
	public static void syncInDerby(String rules) throws SQLException {
		Driver derby;
		try {
			derby = (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver", true, ChartGrants.class.getClassLoader()).getDeclaredConstructor()
					.newInstance();
		} catch (ReflectiveOperationException e) {
			throw new SQLException("the Derby engine cannot be loaded: " + e.getMessage(), e);
		}
		Connection nested = derby.connect("jdbc:default:connection", new Properties());
		apply(nested, Dialect.DERBY, parse(rules));
	}

	/** Installs the Derby procedure, as the tables' owner, unless it is there. */
	public static void installDerbyProcedure(Connection owner) throws SQLException {
		try (PreparedStatement query = owner.prepareStatement(
				"SELECT 1 FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s ON a.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = 'APP' AND a.ALIAS = 'CORDON_SYNC_GRANTS'");
				ResultSet found = query.executeQuery()) {
			if (found.next()) {
				return;
			}
		}
		try (Statement create = owner.createStatement()) {
			create.execute("CREATE PROCEDURE " + DERBY_PROCEDURE + "(IN RULES VARCHAR(32672)) LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA"
					+ " EXTERNAL NAME '" + ChartGrants.class.getName() + ".syncInDerby' EXTERNAL SECURITY DEFINER");
		}
	}

	/**
	 * Grants and revokes on {@code connection} (the tables' owner's rights) until the grants are
	 * those of the rules and the chart stored in the database.
	 */
	public static void apply(Connection connection, Dialect dialect, List<Rule> rules) throws SQLException {
		String schema = schemaOf(connection, dialect);
		Map<String, Set<String>> members = new LinkedHashMap<>();
		Set<String> administrators = new TreeSet<>();
		Set<String> people = new HashSet<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet codes = statement.executeQuery("SELECT CODE FROM PERSON")) {
				while (codes.next()) {
					people.add(dialect.normal(codes.getString(1)));
				}
			}
			try (ResultSet held = statement.executeQuery("SELECT g.CODE, g.KIND, p.CODE FROM POSITION pos"
					+ " JOIN WORKING_GROUP g ON pos.WORKING_GROUP_ID = g.ID JOIN PERSON p ON pos.HOLDER_ID = p.ID")) {
				while (held.next()) {
					String login = held.getString(3);
					if (!canLogIn(login)) {
						continue;
					}
					members.computeIfAbsent(held.getString(1), g -> new TreeSet<>()).add(dialect.normal(login));
					if ("OFFICE".equals(held.getString(2))) {
						administrators.add(dialect.normal(login));
					}
				}
			}
		}
		String owner = ownerOf(connection, dialect);
		if (dialect == Dialect.DERBY) {
			// Database users who are no person administer, as in AccessRules: the account 'server start --admin' made.
			try (Statement statement = connection.createStatement(); ResultSet users = statement.executeQuery("SELECT USERNAME FROM SYS.SYSUSERS")) {
				while (users.next()) {
					String user = users.getString(1);
					if (!people.contains(user) && !user.equals(owner)) {
						administrators.add(user);
					}
				}
			}
		}
		if (dialect == Dialect.POSTGRESQL) {
			// PostgreSQL grants to existing roles only; a holder gets theirs once 'cordon user add' made the role.
			Set<String> roles = new HashSet<>();
			try (Statement statement = connection.createStatement(); ResultSet names = statement.executeQuery("SELECT rolname FROM pg_roles")) {
				while (names.next()) {
					roles.add(names.getString(1));
				}
			}
			administrators.retainAll(roles);
			members.values().forEach(group -> group.retainAll(roles));
		}
		Set<String> writers = new TreeSet<>(administrators);
		members.values().forEach(writers::addAll);

		Map<String, Map<String, Set<String>>> wanted = new LinkedHashMap<>();
		Map<String, Set<String>> writersOfTable = new LinkedHashMap<>();
		for (Rule rule : rules) {
			String table = dialect.normal(rule.table());
			Set<String> whom = new TreeSet<>(administrators);
			if (rule.whom().startsWith("group:")) {
				whom.addAll(members.getOrDefault(rule.whom().substring("group:".length()), Set.of()));
			} else if (rule.whom().equals("writers")) {
				whom.addAll(writers);
			} else if (rule.whom().startsWith("writers-of:")) {
				whom.addAll(writersOfTable.getOrDefault(dialect.normal(rule.whom().substring("writers-of:".length())), Set.of()));
			} else if (!rule.whom().equals("administrators")) {
				throw new IllegalArgumentException("no such grantee in a grant rule: " + rule.whom());
			}
			whom.remove(owner);
			for (String privilege : rule.privileges()) {
				wanted.computeIfAbsent(table, t -> new LinkedHashMap<>()).computeIfAbsent(privilege, p -> new TreeSet<>()).addAll(whom);
			}
			if (rule.privileges().containsAll(List.of(WRITE.split(",")))) {
				writersOfTable.computeIfAbsent(table, t -> new TreeSet<>()).addAll(whom);
			}
		}

		Set<String> tables = tablesOf(connection, dialect, schema);
		Map<String, Map<String, Set<String>>> granted = grantedWrites(connection, dialect, schema, owner);
		try (Statement statement = connection.createStatement()) {
			if (dialect == Dialect.POSTGRESQL) {
				// A schema its owner made has no USAGE for others, who would see none of its tables.
				statement.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO PUBLIC");
			}
			for (String table : tables) {
				String qualified = quote(schema) + "." + quote(table);
				statement.execute("GRANT SELECT ON " + qualified + " TO PUBLIC");
				for (String privilege : WRITE.split(",")) {
					Set<String> want = wanted.getOrDefault(table, Map.of()).getOrDefault(privilege, Set.of());
					Set<String> have = granted.getOrDefault(table, Map.of()).getOrDefault(privilege, Set.of());
					for (String grantee : want) {
						if (!have.contains(grantee)) {
							statement.execute("GRANT " + privilege + " ON " + qualified + " TO " + quote(grantee));
						}
					}
					for (String grantee : have) {
						if (!want.contains(grantee)) {
							statement.execute("REVOKE " + privilege + " ON " + qualified + " FROM " + grantee(grantee));
						}
					}
				}
			}
		}
		if (dialect == Dialect.DERBY) {
			alignDerbyProcedures(connection, administrators);
		}
	}

	/**
	 * Whether a person's code can be a database user name: Derby and PostgreSQL take plain SQL
	 * identifiers as user names, case ignored; a code such as {@code P-001} cannot log in.
	 */
	public static boolean canLogIn(String code) {
		return code != null && code.matches("[A-Za-z][A-Za-z0-9_]*");
	}

	private static String grantee(String name) {
		return name.equals("PUBLIC") || name.equals("public") ? "PUBLIC" : quote(name);
	}

	static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String schemaOf(Connection connection, Dialect dialect) throws SQLException {
		if (dialect == Dialect.DERBY) {
			return "APP";
		}
		try (Statement statement = connection.createStatement(); ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
			schema.next();
			return schema.getString(1);
		}
	}

	/** Derby: the database owner, who owns the tables; PostgreSQL: the connecting role, which must own them. */
	private static String ownerOf(Connection connection, Dialect dialect) throws SQLException {
		String query = dialect == Dialect.DERBY ? "SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'" : "SELECT current_user";
		try (Statement statement = connection.createStatement(); ResultSet owner = statement.executeQuery(query)) {
			owner.next();
			return owner.getString(1);
		}
	}

	private static Set<String> tablesOf(Connection connection, Dialect dialect, String schema) throws SQLException {
		Set<String> tables = new LinkedHashSet<>();
		try (ResultSet found = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (found.next()) {
				tables.add(found.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	/** Who holds INSERT, UPDATE and DELETE on which table, as granted by the owner. */
	private static Map<String, Map<String, Set<String>>> grantedWrites(Connection connection, Dialect dialect, String schema, String owner)
			throws SQLException {
		Map<String, Map<String, Set<String>>> granted = new LinkedHashMap<>();
		if (dialect == Dialect.DERBY) {
			try (PreparedStatement query = connection.prepareStatement("SELECT t.TABLENAME, p.GRANTEE, p.INSERTPRIV, p.UPDATEPRIV, p.DELETEPRIV"
					+ " FROM SYS.SYSTABLEPERMS p JOIN SYS.SYSTABLES t ON p.TABLEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
					+ " WHERE s.SCHEMANAME = ?")) {
				query.setString(1, schema);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String[] privileges = WRITE.split(",");
						for (int i = 0; i < privileges.length; i++) {
							if (!"N".equals(rows.getString(3 + i))) {
								granted.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
										.computeIfAbsent(privileges[i], p -> new TreeSet<>()).add(rows.getString(2));
							}
						}
					}
				}
			}
		} else {
			try (PreparedStatement query = connection.prepareStatement("SELECT table_name, grantee, privilege_type FROM information_schema.table_privileges"
					+ " WHERE table_schema = ? AND grantor = current_user AND grantee <> current_user"
					+ " AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')")) {
				query.setString(1, schema);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						granted.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>()).computeIfAbsent(rows.getString(3), p -> new TreeSet<>())
								.add(rows.getString(2));
					}
				}
			}
		}
		granted.values().forEach(byPrivilege -> byPrivilege.values().forEach(grantees -> grantees.remove(owner)));
		return granted;
	}

	/** Derby: administrators, and only they, may call the procedures that make users, grants and backups. */
	private static void alignDerbyProcedures(Connection connection, Set<String> administrators) throws SQLException {
		Map<String, Set<String>> granted = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT s.SCHEMANAME, a.ALIAS, p.GRANTEE FROM SYS.SYSROUTINEPERMS p"
						+ " JOIN SYS.SYSALIASES a ON p.ALIASID = a.ALIASID JOIN SYS.SYSSCHEMAS s ON a.SCHEMAID = s.SCHEMAID")) {
			while (rows.next()) {
				granted.computeIfAbsent(rows.getString(1) + "." + rows.getString(2), r -> new TreeSet<>()).add(rows.getString(3));
			}
		}
		String owner = ownerOf(connection, Dialect.DERBY);
		try (Statement statement = connection.createStatement()) {
			for (String procedure : DERBY_ADMINISTRATOR_PROCEDURES) {
				Set<String> have = granted.getOrDefault(procedure, Set.of());
				for (String administrator : administrators) {
					if (!have.contains(administrator)) {
						statement.execute("GRANT EXECUTE ON PROCEDURE " + procedure + " TO " + quote(administrator));
					}
				}
				for (String grantee : have) {
					if (!administrators.contains(grantee) && !grantee.equals(owner)) {
						statement.execute("REVOKE EXECUTE ON PROCEDURE " + procedure + " FROM " + grantee(grantee) + " RESTRICT");
					}
				}
			}
		}
	}
}
