package org.cordon.cli.internal;

import static org.cordon.cli.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon server start|stop} on loopback, and the commands of a desk that works on it with {@code --db}. */
class ServerCommandTest {

	private static final String PASSWORD = "office-pass-7";

	@TempDir
	Path temp;

	@AfterEach
	void forgetPassword() {
		System.clearProperty(DatabaseSettings.PASSWORD_PROPERTY);
	}

	@Test
	void anOfficeServerServesTheSampleToDesksWithTheRightPasswordOnly() throws Exception {
		int port = TestServers.freeLoopbackPort();
		Path data = temp.resolve("office");
		System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, PASSWORD);
		ServerRun server = ServerRun.start(data, port);
		String url = server.url;
		assertEquals("jdbc:derby://127.0.0.1:" + port + "/" + data.resolve("db").toAbsolutePath(), url);
		try {
			CommandRun summary = run("--db", url, "--user", "office", "summary");
			assertEquals(CommandLine.OK, summary.exitCode(), summary.err());
			assertTrue(summary.out().contains("townships: 23\n"), summary.out());

			System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, "not-it");
			CommandRun refused = run("--db", url, "--user", "office", "summary");
			assertEquals(CommandLine.FAILED, refused.exitCode());
			assertEquals("cordon: The database server " + url + " refused the user office: wrong user name or password.\n", refused.err());
			assertEquals("", refused.out());
		} finally {
			CommandRun stop = run("server", "stop", "--port", Integer.toString(port));
			assertEquals(CommandLine.OK, stop.exitCode(), stop.err());
		}
		assertEquals(CommandLine.OK, server.exit.get(60, TimeUnit.SECONDS), server.err());
		assertTrue(server.out().endsWith("the Cordon server on port " + port + " stopped\n"));
	}

	@Test
	void anUnreachableServerIsOneSentenceAndExitCodeOne() {
		String url = "jdbc:derby://127.0.0.1:" + TestServers.freeLoopbackPort() + "/nowhere";
		System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, PASSWORD);
		CommandRun result = run("--db", url, "--user", "office", "summary");
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("cordon: Cordon cannot reach the database server " + url
				+ "; check that the server is running and that the address and port are right.\n", result.err());
	}

	@Test
	void stoppingAServerThatIsNotThereFails() {
		int port = TestServers.freeLoopbackPort();
		CommandRun result = run("server", "stop", "--port", Integer.toString(port));
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("cordon: No Cordon server answers on 127.0.0.1:" + port + "; nothing was stopped.\n", result.err());
	}

	@Test
	void aServerWithoutAPortOrWithAnotherEngineIsNotUnderstood() {
		assertEquals(CommandLine.USAGE, run("server", "start", "--data", temp.toString()).exitCode());
		CommandRun other = run("--db", "jdbc:mysql://127.0.0.1/cordon", "--user", "x", "summary");
		assertEquals(CommandLine.USAGE, other.exitCode());
		assertFalse(other.err().contains("\tat "), other.err());
	}
}
