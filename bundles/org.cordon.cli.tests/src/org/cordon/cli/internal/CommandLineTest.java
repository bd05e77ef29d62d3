package org.cordon.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.cli.CommandLine;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

	@TempDir
	Path temp;

	private record Result(int exitCode, String out, String err) {
	}

	private static Result run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = OsgiServices.await(CommandLine.class).run(List.of(arguments),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void summaryOnAFreshDataFolderCreatesTheDatabaseAndCountsNothing() {
		Path data = temp.resolve("fresh");
		Result result = run("--data", data.toString(), "summary");

		assertEquals(CommandLine.OK, result.exitCode(), result.err());
		assertEquals("", result.err());
		Map<String, String> values = keyValues(result.out());
		for (String key : List.of("townships", "communities", "units", "unpaired_communities")) {
			assertEquals("0", values.get(key), key + " in\n" + result.out());
		}
		assertTrue(Files.isRegularFile(data.resolve("db").resolve("service.properties")), "the database was created");
	}

	@Test
	void summaryReleasesTheDatabaseForOtherProcesses() {
		Path data = temp.resolve("data");
		assertEquals(CommandLine.OK, run("--data", data.toString(), "summary").exitCode());
		assertFalse(Files.exists(data.resolve("db").resolve("db.lck")), "Derby's lock is gone once the command ends");
	}

	@Test
	void versionNamesCordonEclipseEclipseLinkAndDerby() {
		Result result = run("version");
		assertEquals(CommandLine.OK, result.exitCode());
		Map<String, String> values = keyValues(result.out());
		assertTrue(values.get("Cordon").startsWith("1.0.0"), result.out());
		assertTrue(values.get("Eclipse platform").contains("Equinox"), result.out());
		assertTrue(values.get("EclipseLink").startsWith("5.0.0"), result.out());
		assertEquals("10.17.1.0", values.get("Derby"));
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		Result result = run("frobnicate");
		assertEquals(CommandLine.USAGE, result.exitCode());
		assertEquals("cordon: unknown command 'frobnicate'; try 'cordon help'.\n", result.err());
	}

	@Test
	void dataWithoutAFolderIsAUsageError() {
		Result result = run("summary", "--data");
		assertEquals(CommandLine.USAGE, result.exitCode());
		assertEquals("cordon: --data needs a folder; try 'cordon help'.\n", result.err());
	}

	@Test
	void anUnusableDataFolderIsOneSentenceOnStderrAndAFailure() throws Exception {
		Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
		Result result = run("--data", file.resolve("data").toString(), "summary");
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("cordon: Cordon cannot create its data folder "), result.err());
		assertEquals(1, result.err().lines().count(), result.err());
		assertFalse(result.err().contains("Exception"), result.err());
	}

	@Test
	void withoutACommandItPrintsUsage() {
		Result result = run();
		assertEquals(CommandLine.OK, result.exitCode());
		assertTrue(result.out().startsWith("Usage: cordon"), result.out());
	}

	private static Map<String, String> keyValues(String output) {
		Map<String, String> values = new LinkedHashMap<>();
		output.lines().forEach(line -> {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				values.put(line.substring(0, colon), line.substring(colon + 2));
			}
		});
		return values;
	}
}
