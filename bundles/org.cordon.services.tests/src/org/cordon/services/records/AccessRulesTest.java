package org.cordon.services.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.util.List;
import java.util.Properties;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.OfficeServer;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.tests.common.SampleOrganisation;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rights follow the organisation chart on a server database: Li Si holds a seat in the checkpoints
 * group and may change its records, not the organisation; Wang Wu holds none and may change
 * neither; the administrator account may change both. The services refuse, naming who may.
 */
class AccessRulesTest {

	private static final String ADMIN = "office";
	private static final String PASSWORD = "admin-pass-3";

	@TempDir
	Path temp;

	private OfficeServer server;
	private final EmbeddedDerbyDatabase adminDesk = new EmbeddedDerbyDatabase();
	private final EmbeddedDerbyDatabase liSiDesk = new EmbeddedDerbyDatabase();
	private final EmbeddedDerbyDatabase wangWuDesk = new EmbeddedDerbyDatabase();

	@AfterEach
	void stop() {
		adminDesk.close();
		liSiDesk.close();
		wangWuDesk.close();
		if (server != null) {
			server.close();
		}
	}

	@Test
	void groupRecordsAreWrittenByTheGroupsMembersAndTheOrganisationByAdministrators() throws Exception {
		server = OfficeServer.start(new EmbeddedDerbyDatabase(), temp.resolve("office"), "127.0.0.1", TestServers.freeLoopbackPort(), ADMIN,
				PASSWORD);
		createDatabaseUser("LISI", "li-pass");
		createDatabaseUser("WANGWU", "wang-pass");
		adminDesk.open(DatabaseSettings.server(server.clientUrl(), ADMIN, PASSWORD, temp.resolve("admin")));
		RecordService admin = new RecordServiceImpl(adminDesk);
		SampleOrganisation sample = new SampleOrganisation("");
		admin.saveAll(sample.inStoringOrder());
		Person liSi = new Person("LISI", "李四");
		Person wangWu = new Person("WANGWU", "王五");
		Position checkpointsStaff = new Position("POS-CP-STAFF", "组员", PositionRole.STAFF, sample.checkpoints);
		checkpointsStaff.setHolder(liSi);
		admin.saveAll(List.of(liSi, wangWu, checkpointsStaff));

		liSiDesk.open(DatabaseSettings.server(server.clientUrl(), "lisi", "li-pass", temp.resolve("lisi")));
		RecordService asLiSi = new RecordServiceImpl(liSiDesk);
		asLiSi.saveAll(List.of(new Checkpoint("CP-1", "一号卡口", 1, CheckpointKind.HEALTH_STATION)));
		Community community = asLiSi.all(Community.class).get(0);
		community.setName("改名社区");
		AccessRefusedException organisation = assertThrows(AccessRefusedException.class, () -> asLiSi.saveChanges(List.of(community), List.of()));
		assertEquals("Only an administrator (a holder of a position in the leading group's office) may change Community records; 李四 (lisi) may not.",
				organisation.getMessage());

		wangWuDesk.open(DatabaseSettings.server(server.clientUrl(), "wangwu", "wang-pass", temp.resolve("wangwu")));
		RecordService asWangWu = new RecordServiceImpl(wangWuDesk);
		Checkpoint checkpoint = asWangWu.all(Checkpoint.class).get(0);
		checkpoint.setName("二号卡口");
		AccessRefusedException group = assertThrows(AccessRefusedException.class, () -> asWangWu.saveChanges(List.of(checkpoint), List.of()));
		assertEquals("Only members of 卡口检疫组 (李四) or an administrator may change Checkpoint records; 王五 (wangwu) may not.", group.getMessage());
		assertThrows(AccessRefusedException.class, () -> asWangWu.deleteAll(List.of(checkpoint)));

		// Nothing refused was written; the administrator may change both.
		assertEquals("一号卡口", admin.all(Checkpoint.class).get(0).getName());
		Community unchanged = admin.all(Community.class).get(0);
		unchanged.setName("改名社区");
		admin.saveChanges(List.of(unchanged), List.of());
		assertEquals("改名社区", asWangWu.all(Community.class).get(0).getName(), "everyone may read");
	}

	/** As the database owner, whose credentials the server keeps beside the database. */
	private void createDatabaseUser(String user, String password) throws Exception {
		List<String> owner = Files.readAllLines(temp.resolve("office").resolve("owner.password"));
		Properties credentials = new Properties();
		credentials.setProperty("user", owner.get(0));
		credentials.setProperty("password", owner.get(1));
		java.sql.Driver client = (java.sql.Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver", true,
				EmbeddedDerbyDatabase.class.getClassLoader()).getDeclaredConstructor().newInstance();
		try (Connection connection = client.connect(server.clientUrl(), credentials);
				CallableStatement create = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
			create.setString(1, user);
			create.setString(2, password);
			create.execute();
		}
	}
}
