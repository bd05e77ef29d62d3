package org.cordon.cli.internal;

import static org.cordon.cli.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.OsgiServices;
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
		ByteArrayOutputStream serverOut = new ByteArrayOutputStream();
		ByteArrayOutputStream serverErr = new ByteArrayOutputStream();
		CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> OsgiServices.await(CommandLine.class).run(
				List.of("server", "start", "--port", Integer.toString(port), "--data", data.toString(), "--admin", "office", "--host", "127.0.0.1"),
				new PrintStream(serverOut, true, StandardCharsets.UTF_8), new PrintStream(serverErr, true, StandardCharsets.UTF_8)));
		String url = awaitUrl(serverOut, server);
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
		assertEquals(CommandLine.OK, server.get(60, TimeUnit.SECONDS), serverErr.toString(StandardCharsets.UTF_8));
		assertTrue(serverOut.toString(StandardCharsets.UTF_8).endsWith("the Cordon server on port " + port + " stopped\n"));
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

	private static String awaitUrl(ByteArrayOutputStream out, CompletableFuture<Integer> server) throws InterruptedException {
		Pattern line = Pattern.compile("Desks connect with: (\\S+)\n");
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			Matcher found = line.matcher(out.toString(StandardCharsets.UTF_8));
			if (found.find()) {
				return found.group(1);
			}
			if (server.isDone()) {
				throw new AssertionError("the server command ended early: " + server.join() + "\n" + out.toString(StandardCharsets.UTF_8));
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the server printed no URL within two minutes:\n" + out.toString(StandardCharsets.UTF_8));
	}
}
