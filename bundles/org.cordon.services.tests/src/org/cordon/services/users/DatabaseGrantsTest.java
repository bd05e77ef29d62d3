package org.cordon.services.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.OfficeServer;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.services.records.AccessRefusedException;
import org.cordon.services.records.RecordService;
import org.cordon.services.records.RecordServiceImpl;
import org.cordon.tests.common.SampleOrganisation;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database itself enforces the organisation chart: a group member connecting with plain JDBC,
 * past the services, may write their group's tables and is refused the others' and the
 * organisation's; an administrator may write all; everyone reads; and when a person moves to
 * another group's position the rights move with them, without anyone syncing by hand.
 */
class DatabaseGrantsTest {

	private static final String ADMIN = "office";
	private static final String ADMIN_PASSWORD = "admin-pass-8";

	@TempDir
	Path temp;

	private OfficeServer server;
	private final EmbeddedDerbyDatabase adminDesk = new EmbeddedDerbyDatabase();
	private final EmbeddedDerbyDatabase memberDesk = new EmbeddedDerbyDatabase();

	@AfterEach
	void stop() {
		adminDesk.close();
		memberDesk.close();
		if (server != null) {
			server.close();
		}
	}

	@Test
	void derbyServerGrantsFollowTheChart() throws Exception {
		server = OfficeServer.start(new EmbeddedDerbyDatabase(), temp.resolve("office"), "127.0.0.1", TestServers.freeLoopbackPort(), ADMIN,
				ADMIN_PASSWORD);
		adminDesk.open(DatabaseSettings.server(server.clientUrl(), ADMIN, ADMIN_PASSWORD, temp.resolve("admin")));
		rightsFollowTheChart(server.clientUrl(), "APP", "LISI", "WANGWU", "org.apache.derby.client.ClientAutoloadedDriver");

		// Should the services ever let through a write the grants refuse, it is one sentence too.
		revokeAsOwner("REVOKE UPDATE ON APP.\"CHECKPOINT\" FROM \"WANGWU\"");
		memberDesk.open(DatabaseSettings.server(server.clientUrl(), "wangwu", "wang-pass", temp.resolve("wangwu")));
		RecordService asWangWu = new RecordServiceImpl(memberDesk);
		Checkpoint checkpoint = asWangWu.all(Checkpoint.class).get(0);
		checkpoint.setName("三号卡口");
		AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> asWangWu.saveChanges(List.of(checkpoint), List.of()));
		assertEquals("The database refused the change: its grants do not let wangwu write the table CHECKPOINT; an administrator can bring them"
				+ " in line with the organisation chart with 'cordon user sync'.", refused.getMessage());
		new DatabaseUserServiceImpl(adminDesk).syncGrants();
		asWangWu.saveChanges(List.of(checkpoint), List.of());
	}

	@Test
	void postgresRolesGrantsFollowTheChart() throws Exception {
		DatabaseSettings owner = TestServers.emptyPostgres(temp.resolve("admin"));
		adminDesk.open(owner);
		// Roles belong to the whole cluster: names of this run only, dropped afterwards.
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
		try {
			rightsFollowTheChart(owner.serverUrl(), "public", "LISI" + suffix, "WANGWU" + suffix, "org.postgresql.Driver");
		} finally {
			try (Connection connection = connect(owner.serverUrl(), owner.user(), owner.password(), "org.postgresql.Driver");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA public CASCADE");
				statement.execute("CREATE SCHEMA public");
				statement.execute("DROP ROLE IF EXISTS \"lisi" + suffix.toLowerCase(Locale.ROOT) + "\"");
				statement.execute("DROP ROLE IF EXISTS \"wangwu" + suffix.toLowerCase(Locale.ROOT) + "\"");
			}
		}
	}

	/**
	 * With the administrator's desk open: Li Si holds a seat in the checkpoints group, Wang Wu in
	 * supervision; then Li Si moves to supervision and Wang Wu to checkpoints.
	 */
	private void rightsFollowTheChart(String url, String schema, String liSiCode, String wangWuCode, String driver) throws Exception {
		RecordService admin = new RecordServiceImpl(adminDesk);
		DatabaseUserService users = new DatabaseUserServiceImpl(adminDesk);
		SampleOrganisation sample = new SampleOrganisation("");
		admin.saveAll(sample.inStoringOrder());
		Person liSi = new Person(liSiCode, "李四");
		Person wangWu = new Person(wangWuCode, "王五");
		Position checkpointsSeat = new Position("POS-CP-STAFF", "组员", PositionRole.STAFF, sample.checkpoints);
		checkpointsSeat.setHolder(liSi);
		Position supervisionSeat = new Position("POS-SV-STAFF", "组员", PositionRole.STAFF, sample.supervision);
		supervisionSeat.setHolder(wangWu);
		admin.saveAll(List.of(liSi, wangWu, checkpointsSeat, supervisionSeat, new Checkpoint("CP-1", "一号卡口", 1, CheckpointKind.HEALTH_STATION)));
		users.addUser(liSiCode.toLowerCase(Locale.ROOT), "li-pass");
		users.addUser(wangWuCode, "wang-pass");
		assertEquals("the database has a user " + wangWuCode + " already",
				assertThrows(IllegalArgumentException.class, () -> users.addUser(wangWuCode, "again")).getMessage());
		assertEquals("P-1 cannot be a database user name: a user's code is a letter followed by letters, digits or _",
				assertThrows(IllegalArgumentException.class, () -> users.addUser("P-1", "pass")).getMessage());
		assertEquals("there is no person with the code NOBODY in the organisation; a database user is a person of the organisation, so add the person first",
				assertThrows(IllegalArgumentException.class, () -> users.addUser("NOBODY", "pass")).getMessage());

		String checkpoints = schema + ".checkpoint";
		String inspections = schema + ".inspection";
		String people = schema + ".person";
		try (Connection asLiSi = connect(url, liSiCode.toLowerCase(Locale.ROOT), "li-pass", driver);
				Connection asWangWu = connect(url, wangWuCode.toLowerCase(Locale.ROOT), "wang-pass", driver)) {
			assertEquals(1, update(asLiSi, "UPDATE " + checkpoints + " SET name = '一号卡口（东）' WHERE code = 'CP-1'"));
			assertRefused(asLiSi, "UPDATE " + inspections + " SET code = code");
			assertRefused(asLiSi, "UPDATE " + people + " SET name = '李四' WHERE code = '" + liSiCode + "'");
			assertRefused(asWangWu, "UPDATE " + checkpoints + " SET name = '二号卡口' WHERE code = 'CP-1'");
			// An update of the empty inspection table is checked for its grant all the same.
			assertEquals(0, update(asWangWu, "UPDATE " + inspections + " SET code = code"));
			assertEquals("一号卡口（东）", firstName(asWangWu, "SELECT name FROM " + checkpoints), "everyone may read");
			assertEquals(5, count(asWangWu, "SELECT COUNT(*) FROM " + people), "everyone may read the organisation");
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			// The administrator account writes the organisation and every group's records.
			try (Connection asAdmin = connect(url, ADMIN, ADMIN_PASSWORD, driver)) {
				assertEquals(1, update(asAdmin, "UPDATE " + people + " SET jobtitle = '组员' WHERE code = '" + liSiCode + "'"));
				assertEquals(0, update(asAdmin, "UPDATE " + inspections + " SET code = code"));
			}
		}

		// The administrator moves them; saving the chart brings the grants in line by itself.
		Position cpSeat = admin.all(Position.class).stream().filter(p -> p.getCode().equals("POS-CP-STAFF")).findFirst().orElseThrow();
		Position svSeat = admin.all(Position.class).stream().filter(p -> p.getCode().equals("POS-SV-STAFF")).findFirst().orElseThrow();
		Person formerCheckpointsMember = cpSeat.getHolder();
		cpSeat.setHolder(svSeat.getHolder());
		svSeat.setHolder(formerCheckpointsMember);
		admin.saveChanges(List.of(cpSeat, svSeat), List.of());
		try (Connection asLiSi = connect(url, liSiCode.toLowerCase(Locale.ROOT), "li-pass", driver);
				Connection asWangWu = connect(url, wangWuCode.toLowerCase(Locale.ROOT), "wang-pass", driver)) {
			assertRefused(asLiSi, "UPDATE " + checkpoints + " SET name = '一号卡口' WHERE code = 'CP-1'");
			assertEquals(0, update(asLiSi, "UPDATE " + inspections + " SET code = code"));
			assertEquals(1, update(asWangWu, "UPDATE " + checkpoints + " SET name = '一号卡口' WHERE code = 'CP-1'"));
			assertRefused(asWangWu, "UPDATE " + inspections + " SET code = code");
		}

		// Making someone an administrator gives them the organisation.
		Position officeSeat = new Position("POS-OFFICE-STAFF", "办公室组员", PositionRole.STAFF, sample.office);
		officeSeat.setHolder(admin.all(Person.class).stream().filter(p -> p.getCode().equals(wangWuCode)).findFirst().orElseThrow());
		admin.saveAll(List.of(officeSeat));
		try (Connection asWangWu = connect(url, wangWuCode.toLowerCase(Locale.ROOT), "wang-pass", driver)) {
			assertEquals(1, update(asWangWu, "UPDATE " + people + " SET jobtitle = '办公室组员' WHERE code = '" + wangWuCode + "'"));
			assertEquals(0, update(asWangWu, "UPDATE " + inspections + " SET code = code"));
		}
		admin.deleteAll(List.of(admin.all(Position.class).stream().filter(p -> p.getCode().equals("POS-OFFICE-STAFF")).findFirst().orElseThrow()));

		GrantsSummary summary = users.syncGrants();
		assertEquals(2, summary.members());
		assertEquals(0, summary.administrators());
		assertEquals(List.of("P-3"), summary.cannotLogIn());

		// Only administrators change users and grants, through the services as in the database.
		memberDesk.open(DatabaseSettings.server(url, liSiCode.toLowerCase(Locale.ROOT), "li-pass", temp.resolve("member")));
		DatabaseUserService asMember = new DatabaseUserServiceImpl(memberDesk);
		AccessRefusedException refused = assertThrows(AccessRefusedException.class, asMember::syncGrants);
		assertEquals("Only an administrator (a holder of a position in the leading group's office) may change the database's grants; 李四 ("
				+ liSiCode.toLowerCase(Locale.ROOT) + ") may not.", refused.getMessage());
		memberDesk.close();
	}

	private static Connection connect(String url, String user, String password, String driverClass) throws Exception {
		Driver driver = (Driver) Class.forName(driverClass, true, EmbeddedDerbyDatabase.class.getClassLoader()).getDeclaredConstructor().newInstance();
		Properties credentials = new Properties();
		credentials.setProperty("user", user);
		credentials.setProperty("password", password);
		Connection connection = driver.connect(url, credentials);
		if (connection == null) {
			throw new IllegalStateException(driverClass + " does not take " + url);
		}
		return connection;
	}

	private static int update(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	private static void assertRefused(Connection connection, String sql) {
		SQLException refused = assertThrows(SQLException.class, () -> update(connection, sql), sql);
		assertTrue(refused.getSQLState().startsWith("4250"), () -> sql + " failed, but not for want of a grant: " + refused.getSQLState() + " "
				+ refused.getMessage());
	}

	private static String firstName(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private void revokeAsOwner(String sql) throws Exception {
		List<String> owner = Files.readAllLines(temp.resolve("office").resolve("owner.password"));
		try (Connection connection = connect(server.clientUrl(), owner.get(0), owner.get(1), "org.apache.derby.client.ClientAutoloadedDriver")) {
			update(connection, sql);
		}
	}
}
