package org.cordon.cli.internal;

import static org.cordon.cli.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon user add} and {@code user sync} on an office server: the administrator seats a new
 * person in the checkpoints group by importing the chart, makes them a user, and they may then
 * import their group's records but neither sync grants nor change the organisation.
 */
class UserCommandTest {

	private static final String ADMIN_PASSWORD = "office-pass-9";

	@TempDir
	Path temp;

	@AfterEach
	void forgetPasswords() {
		System.clearProperty(DatabaseSettings.PASSWORD_PROPERTY);
		System.clearProperty(UserCommand.NEW_PASSWORD_PROPERTY);
	}

	@Test
	void anAdministratorAddsAUserWhoseRightsFollowTheirPosition() throws Exception {
		int port = TestServers.freeLoopbackPort();
		System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, ADMIN_PASSWORD);
		ServerRun server = ServerRun.start(temp.resolve("office"), port);
		String url = server.url;
		try {
			Path persons = Files.writeString(temp.resolve("persons.csv"), "code,name,job_title,unit,phone\nLISI,李四,,,\n");
			Path positions = Files.writeString(temp.resolve("positions.csv"),
					"code,title,role,leading_group,working_group,holder,order\nPOS-CHECKPOINTS-03,工作人员,staff,LG-01,G-CHECKPOINTS,LISI,3\n");
			assertEquals(CommandLine.OK, run("--db", url, "--user", "office", "import", "persons", persons.toString()).exitCode());
			assertEquals(CommandLine.OK, run("--db", url, "--user", "office", "import", "positions", positions.toString()).exitCode());

			CommandRun unnamed = run("--db", url, "--user", "office", "user", "add", "lisi");
			assertEquals(CommandLine.FAILED, unnamed.exitCode());
			assertEquals("cordon: the new user lisi needs a password: set the environment variable CORDON_NEW_PASSWORD or run the command on a terminal.\n",
					unnamed.err());
			System.setProperty(UserCommand.NEW_PASSWORD_PROPERTY, "li-pass");
			CommandRun added = run("--db", url, "--user", "office", "user", "add", "lisi");
			assertEquals(CommandLine.OK, added.exitCode(), added.err());
			assertEquals("added lisi as a user of the database; what they may write follows their positions in the organisation chart\n", added.out());
			CommandRun sampleCode = run("--db", url, "--user", "office", "user", "add", "P-001");
			assertEquals(CommandLine.FAILED, sampleCode.exitCode());
			assertEquals("cordon: P-001 cannot be a database user name: a user's code is a letter followed by letters, digits or _.\n", sampleCode.err());

			CommandRun synced = run("--db", url, "--user", "office", "user", "sync");
			assertEquals(CommandLine.OK, synced.exitCode(), synced.err());
			assertTrue(synced.out().startsWith("the database's grants follow the organisation chart (holders of positions in working groups who can"
					+ " log in: 1, of them administrators: 0)\nthese holders of positions have codes that cannot be database user names, so they"
					+ " write nothing until their code changes: P-"), synced.out());

			System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, "li-pass");
			Path checkpoints = Files.writeString(temp.resolve("checkpoints.csv"),
					"code,name,level,kind,township,location,open,two_way,round_the_clock\nCP-90,新设卡口,1,health_station,,,yes,no,yes\n");
			CommandRun ownGroup = run("--db", url, "--user", "lisi", "import", "checkpoints", checkpoints.toString());
			assertEquals(CommandLine.OK, ownGroup.exitCode(), ownGroup.err());
			// Counts with fever touch more than the group's table: the day totals, keys, and the screening group's fever cases.
			Path counts = Files.writeString(temp.resolve("counts.csv"), "date,checkpoint,vehicles,persons,fever\n2020-02-14,CP-90,10,40,2\n");
			CommandRun countsImport = run("--db", url, "--user", "lisi", "import", "checkpoint-counts", counts.toString());
			assertEquals(CommandLine.OK, countsImport.exitCode(), countsImport.err());
			Path cases = temp.resolve("fever-cases.csv");
			assertEquals(CommandLine.OK, run("--db", url, "--user", "lisi", "export", "fever-cases", cases.toString()).exitCode());
			assertEquals(2, Files.readAllLines(cases).stream().filter(row -> row.contains("2020-02-14") && row.contains("CP-90")).count());
			assertTrue(run("--db", url, "--user", "lisi", "summary").out().contains("fever"), "the day totals are read back");
			CommandRun organisation = run("--db", url, "--user", "lisi", "import", "persons", persons.toString());
			assertEquals(CommandLine.FAILED, organisation.exitCode());
			assertTrue(organisation.err().startsWith("cordon: Only an administrator"), organisation.err());
			CommandRun sync = run("--db", url, "--user", "lisi", "user", "sync");
			assertEquals(CommandLine.FAILED, sync.exitCode());
			assertEquals("cordon: Only an administrator (a holder of a position in the leading group's office) may change the database's grants;"
					+ " 李四 (lisi) may not.\n", sync.err());
		} finally {
			run("server", "stop", "--port", Integer.toString(port));
			assertEquals(CommandLine.OK, server.exit.get(60, TimeUnit.SECONDS));
		}
	}

	@Test
	void aSingleDeskHasNoUsers() {
		CommandRun result = run("--data", temp.resolve("desk").toString(), "user", "sync");
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("cordon: a single desk's database has no users; the user commands work on a server database (--db URL --user NAME).\n",
				result.err());
		assertEquals(CommandLine.USAGE, run("user", "remove", "lisi").exitCode());
	}
}
