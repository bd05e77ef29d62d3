package org.cordon.cli.internal;

import static org.cordon.cli.internal.CommandRun.run;
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
import org.cordon.io.file.RecordFile;
import org.cordon.persistence.CordonDatabase;
import org.cordon.report.BriefingService;
import org.cordon.sample.SampleData;
import org.cordon.services.about.AboutService;
import org.cordon.services.summary.CountySummaryService;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.services.users.DatabaseUserService;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

	@TempDir
	Path temp;

	@Test
	void initEmptyCreatesADatabaseThatCountsNothing() {
		Path data = temp.resolve("fresh");
		CommandRun init = run("--data", data.toString(), "init", "--empty");
		assertEquals(CommandLine.OK, init.exitCode(), init.err());
		assertEquals("created an empty database in " + data.toAbsolutePath() + "\n", init.out());
		assertTrue(Files.isRegularFile(data.resolve("db").resolve("service.properties")), "the database was created");

		CommandRun result = run("--data", data.toString(), "summary");
		assertEquals(CommandLine.OK, result.exitCode(), result.err());
		assertEquals("", result.err());
		Map<String, String> values = keyValues(result.out());
		for (String key : List.of("townships", "communities", "units", "unpaired_communities", "vehicles_checked", "funds_yuan")) {
			assertTrue(values.get(key).matches("0(\\.00)?"), key + " in\n" + result.out());
		}
	}

	@Test
	void summaryOnAFreshDataFolderStartsWithTheSampleData() {
		CommandRun result = run("--data", temp.resolve("county").toString(), "summary");
		assertEquals(CommandLine.OK, result.exitCode(), result.err());
		Map<String, String> values = keyValues(result.out());
		assertEquals("23", values.get("townships"));
		assertEquals("117", values.get("communities"));
		assertEquals("31000", values.get("vehicles_checked"));
		assertEquals("3704738.00", values.get("donations_cash_yuan"));
	}

	@Test
	void importWithABadRowWritesNothingAndListsTheProblemOnStderr() throws Exception {
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		Path townships = Files.writeString(temp.resolve("townships.csv"), "code,name,kind,order\nT-01,临泉镇,town,0\nT-02,白文镇,city,1\n");
		CommandRun failed = run("--data", data.toString(), "import", "townships", townships.toString());
		assertEquals(CommandLine.FAILED, failed.exitCode());
		assertEquals("townships.csv:3: kind: \"city\" is not one of town, township\ncordon: 1 problem in " + townships
				+ "; nothing of it was imported.\n", failed.err());
		assertEquals("0", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));

		Files.writeString(townships, "code,name,kind,order\nT-01,临泉镇,town,0\nT-02,白文镇,town,1\n");
		CommandRun imported = run("--data", data.toString(), "import", "townships", townships.toString());
		assertEquals(CommandLine.OK, imported.exitCode(), imported.err());
		assertEquals("imported 2 rows of townships from " + townships + ": 2 new, 0 updated, 0 removed\n", imported.out());

		Path exported = temp.resolve("out.csv");
		CommandRun export = run("--data", data.toString(), "export", "townships", exported.toString());
		assertEquals(CommandLine.OK, export.exitCode(), export.err());
		assertEquals(Files.readString(townships), Files.readString(exported));
	}

	@Test
	void exportAndImportTakeAnExcelWorkbookByItsExtension() throws Exception {
		Path county = temp.resolve("county");
		Path workbook = temp.resolve("townships.xlsx");
		CommandRun export = run("--data", county.toString(), "export", "townships", workbook.toString());
		assertEquals(CommandLine.OK, export.exitCode(), export.err());
		assertEquals("exported 23 rows of townships to " + workbook + "\n", export.out());

		Path empty = temp.resolve("empty");
		run("--data", empty.toString(), "init", "--empty");
		CommandRun imported = run("--data", empty.toString(), "import", "townships", workbook.toString());
		assertEquals(CommandLine.OK, imported.exitCode(), imported.err());
		assertEquals("imported 23 rows of townships from " + workbook + ": 23 new, 0 updated, 0 removed\n", imported.out());
		Path first = temp.resolve("first.csv");
		Path second = temp.resolve("second.csv");
		run("--data", county.toString(), "export", "townships", first.toString());
		run("--data", empty.toString(), "export", "townships", second.toString());
		assertEquals(Files.readString(first), Files.readString(second));
	}

	@Test
	void aWorkbookThatIsNoneIsOneSentenceAndWritesNothing() throws Exception {
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		Path renamed = Files.writeString(temp.resolve("townships.xlsx"), "code,name,kind,order\nT-01,临泉镇,town,0\n");
		CommandRun failed = run("--data", data.toString(), "import", "townships", renamed.toString());
		assertEquals(CommandLine.FAILED, failed.exitCode());
		assertEquals("townships.xlsx:0: file: is not an Excel workbook (.xlsx): it is not a zip archive; a CSV file must be named .csv\n"
				+ "cordon: 1 problem in " + renamed + "; nothing of it was imported.\n", failed.err());
		assertEquals("0", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));
	}

	@Test
	void aFirstFileThatIsNotUtf8IsReportedLikeAnyOtherProblem() throws Exception {
		// the first file is read while the database opens, on a thread of its own
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		byte[] gbk = "code,name,kind,order\nT-01,临泉镇,town,0\n".getBytes(java.nio.charset.Charset.forName("GBK"));
		Path townships = Files.write(temp.resolve("gbk.csv"), gbk);
		CommandRun failed = run("--data", data.toString(), "import", "townships", townships.toString());
		assertEquals(CommandLine.FAILED, failed.exitCode());
		assertTrue(failed.err().startsWith("gbk.csv:2: file: is not valid UTF-8 (byte "), failed.err());
		assertTrue(failed.err().endsWith("cordon: 1 problem in " + townships + "; nothing of it was imported.\n"), failed.err());
		assertEquals("0", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));
	}

	@Test
	void severalFilesAreImportedOneTransactionEachUpToTheFirstBadOne() throws Exception {
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		Path first = Files.writeString(temp.resolve("a.csv"), "code,name,kind,order\nT-01,临泉镇,town,0\n");
		Path bad = Files.writeString(temp.resolve("b.csv"), "code,name,kind,order\nT-02,白文镇,town,-1\n");
		Path never = Files.writeString(temp.resolve("c.csv"), "code,name,kind,order\nT-03,城庄镇,town,2\n");
		CommandRun result = run("--data", data.toString(), "import", "townships", first.toString(), bad.toString(), never.toString());
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("imported 1 rows of townships from " + first + ": 1 new, 0 updated, 0 removed\n", result.out());
		assertTrue(result.err().endsWith("nothing of it was imported (the 1 files before it were), and the files after it were not tried.\n"),
				result.err());
		assertEquals("1", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));
	}

	@Test
	void aBackupRestoresWhatWasThere() throws Exception {
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		run("--data", data.toString(), "import", "townships",
				Files.writeString(temp.resolve("a.csv"), "code,name,kind,order\nT-01,临泉镇,town,0\n").toString());
		CommandRun backup = run("--data", data.toString(), "db", "backup", "--to", temp.resolve("backup").toString());
		assertEquals(CommandLine.OK, backup.exitCode(), backup.err());
		run("--data", data.toString(), "import", "townships",
				Files.writeString(temp.resolve("b.csv"), "code,name,kind,order\nT-02,白文镇,town,1\n").toString());
		assertEquals("2", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));

		CommandRun restore = run("--data", data.toString(), "db", "restore", "--from", temp.resolve("backup").toString());
		assertEquals(CommandLine.OK, restore.exitCode(), restore.err());
		assertEquals("1", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));
	}

	@Test
	void aBackupOfNothingIsRefused() {
		CommandRun result = run("--data", temp.resolve("none").toString(), "db", "backup", "--to", temp.resolve("backup").toString());
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("cordon: there is no database in " + temp.resolve("none").toAbsolutePath() + " to back up.\n", result.err());
	}

	/**
	 * The command line of the product with its import service wrapped: each file's reading runs out
	 * of memory after its first row, inside the import's transaction, as a file too large for the
	 * heap did (1.36 million temperature reports into a heap of 1 GB).
	 */
	private static CordonCommandLine commandLineWhoseImportsRunOutOfMemory() {
		TransferService real = OsgiServices.await(TransferService.class);
		TransferService failing = (TransferService) java.lang.reflect.Proxy.newProxyInstance(TransferService.class.getClassLoader(),
				new Class<?>[] { TransferService.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("importAll")) {
						List<?> files = (List<?>) arguments[0];
						arguments = arguments.clone();
						arguments[0] = files.stream().map(f -> (KindFile) f)
								.map(f -> new KindFile(f.kind(), runsOutOfMemoryAfterItsFirstRow(f.file()))).toList();
					}
					try {
						return method.invoke(real, arguments);
					} catch (java.lang.reflect.InvocationTargetException e) {
						throw e.getCause();
					}
				});
		return new CordonCommandLine(OsgiServices.await(CordonDatabase.class), OsgiServices.await(AboutService.class),
				OsgiServices.await(CountySummaryService.class), failing, OsgiServices.await(SampleData.class),
				OsgiServices.await(BriefingService.class), OsgiServices.await(DatabaseUserService.class));
	}

	private static RecordFile runsOutOfMemoryAfterItsFirstRow(RecordFile file) {
		return new RecordFile() {
			@Override
			public String name() {
				return file.name();
			}

			@Override
			public int sizeHint() {
				return file.sizeHint();
			}

			@Override
			public void rows(List<String> expectedHeader, java.util.function.Consumer<org.cordon.io.csv.CsvRow> consumer) {
				int[] rows = { 0 };
				file.rows(expectedHeader, row -> {
					if (rows[0]++ == 1) {
						throw new OutOfMemoryError("Java heap space");
					}
					consumer.accept(row);
				});
			}
		};
	}

	@Test
	void anImportThatRunsOutOfMemoryIsOneSentenceAFailureAndWritesNothing() throws Exception {
		Path data = temp.resolve("data");
		run("--data", data.toString(), "init", "--empty");
		Path townships = Files.writeString(temp.resolve("townships.csv"), "code,name,kind,order\nT-01,临泉镇,town,0\nT-02,白文镇,town,1\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = commandLineWhoseImportsRunOutOfMemory().run(List.of("--data", data.toString(), "import", "townships", townships.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(CommandLine.FAILED, status);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		String sentence = err.toString(StandardCharsets.UTF_8);
		assertEquals(1, sentence.lines().count(), sentence);
		assertTrue(sentence.matches("cordon: the import of " + java.util.regex.Pattern.quote(townships.toString())
				+ " failed: Cordon ran out of memory \\(its Java heap of \\d+ MB is full\\); nothing of it was imported;"
				+ " give it more memory, e.g. CORDON_VM_ARGS=-Xmx\\d+g bin/cordon …\\.\n"), sentence);
		// the transaction was rolled back and the database released
		assertFalse(Files.exists(data.resolve("db").resolve("db.lck")), "Derby's lock is gone once the command ends");
		assertEquals("0", keyValues(run("--data", data.toString(), "summary").out()).get("townships"));
	}

	@Test
	void anyFailureACommandDoesNotHandleIsOneSentenceAndAFailure() {
		for (Throwable failure : List.of(new OutOfMemoryError("Java heap space"), new IllegalStateException("the disk went away."),
				new java.util.concurrent.CompletionException(new IllegalArgumentException("no such thing")), new NullPointerException(),
				new StackOverflowError())) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int status = CommandLineApplication.run(() -> (arguments, o, e) -> {
				o.print("half a line");
				if (failure instanceof Error error) {
					throw error;
				}
				throw (RuntimeException) failure;
			}, List.of("summary"), new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8));
			assertEquals(CommandLine.FAILED, status, failure.toString());
			assertEquals("half a line", out.toString(StandardCharsets.UTF_8), "what was printed before is flushed");
			String sentence = err.toString(StandardCharsets.UTF_8);
			assertEquals(1, sentence.lines().count(), sentence);
			assertTrue(sentence.startsWith("cordon: the command failed: ") && sentence.endsWith(".\n"), sentence);
			String expected = switch (failure) {
			case OutOfMemoryError e -> "cordon: the command failed: Cordon ran out of memory (its Java heap of ";
			case IllegalStateException e -> "cordon: the command failed: the disk went away.\n";
			case java.util.concurrent.CompletionException e -> "cordon: the command failed: no such thing.\n";
			case NullPointerException e -> "cordon: the command failed: an unexpected internal error that gave no reason.\n";
			default -> "cordon: the command failed: Cordon ran out of stack (a call nested too deeply).\n";
			};
			assertTrue(sentence.startsWith(expected), sentence);
			assertFalse(sentence.contains("Exception") || sentence.contains("Error"), "no class names: " + sentence);
		}
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(CommandLine.FAILED, CommandLineApplication.run(() -> null, List.of("summary"), System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertEquals("cordon: the command line service did not start; the installation is incomplete.\n", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aCommandThatFailsUnexpectedlyIsOneSentenceAndAFailure() {
		CountySummaryService broken = () -> {
			throw new IllegalStateException("the figures could not be read");
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CordonCommandLine commandLine = new CordonCommandLine(OsgiServices.await(CordonDatabase.class), OsgiServices.await(AboutService.class),
				broken, OsgiServices.await(TransferService.class), OsgiServices.await(SampleData.class), OsgiServices.await(BriefingService.class),
				OsgiServices.await(DatabaseUserService.class));
		Path data = temp.resolve("data");
		int status = commandLine.run(List.of("--data", data.toString(), "summary"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(CommandLine.FAILED, status);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertEquals("cordon: the summary command failed: the figures could not be read.\n", err.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(data.resolve("db").resolve("db.lck")), "the database was released");
	}

	@Test
	void aRunThatEndsBeforeItsCommandFinishedSaysSoAndFails() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<Integer> halted = new java.util.ArrayList<>();
		RunGuard stopped = new RunGuard(new PrintStream(err, true, StandardCharsets.UTF_8), halted::add);
		stopped.processEnds();
		assertEquals(RunGuard.SENTENCE + "\n", err.toString(StandardCharsets.UTF_8));
		assertEquals(List.of(CommandLine.FAILED), halted, "the process ends with 1, not the 0 of System.exit(0)");

		err.reset();
		halted.clear();
		RunGuard finished = new RunGuard(new PrintStream(err, true, StandardCharsets.UTF_8), halted::add);
		finished.finished();
		finished.processEnds();
		assertEquals("", err.toString(StandardCharsets.UTF_8));
		assertEquals(List.of(), halted, "a run that finished ends as it likes");
	}

	@Test
	void importOfAnUnknownKindIsAUsageError() {
		CommandRun result = run("import", "elephants", "x.csv");
		assertEquals(CommandLine.USAGE, result.exitCode());
		assertEquals("cordon: there is no record kind 'elephants' (see cordon kinds); try 'cordon help'.\n", result.err());
	}

	@Test
	void summaryReleasesTheDatabaseForOtherProcesses() {
		Path data = temp.resolve("data");
		assertEquals(CommandLine.OK, run("--data", data.toString(), "init", "--empty").exitCode());
		assertEquals(CommandLine.OK, run("--data", data.toString(), "summary").exitCode());
		assertFalse(Files.exists(data.resolve("db").resolve("db.lck")), "Derby's lock is gone once the command ends");
	}

	@Test
	void versionNamesCordonEclipseEclipseLinkAndDerby() {
		CommandRun result = run("version");
		assertEquals(CommandLine.OK, result.exitCode());
		Map<String, String> values = keyValues(result.out());
		assertTrue(values.get("Cordon").startsWith("1.0.0"), result.out());
		assertTrue(values.get("Eclipse platform").contains("Equinox"), result.out());
		assertTrue(values.get("EclipseLink").startsWith("5.0.0"), result.out());
		assertEquals("10.17.1.0", values.get("Derby"));
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		CommandRun result = run("frobnicate");
		assertEquals(CommandLine.USAGE, result.exitCode());
		assertEquals("cordon: unknown command 'frobnicate'; try 'cordon help'.\n", result.err());
	}

	@Test
	void dataWithoutAFolderIsAUsageError() {
		CommandRun result = run("summary", "--data");
		assertEquals(CommandLine.USAGE, result.exitCode());
		assertEquals("cordon: --data needs a folder; try 'cordon help'.\n", result.err());
	}

	@Test
	void anUnusableDataFolderIsOneSentenceOnStderrAndAFailure() throws Exception {
		Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
		CommandRun result = run("--data", file.resolve("data").toString(), "summary");
		assertEquals(CommandLine.FAILED, result.exitCode());
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("cordon: Cordon cannot create its data folder "), result.err());
		assertEquals(1, result.err().lines().count(), result.err());
		assertFalse(result.err().contains("Exception"), result.err());
	}

	@Test
	void withoutACommandItPrintsUsage() {
		CommandRun result = run();
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

	@Test
	void diagramDrawsThePairingAsSvgAndTheLeadershipAsPng() throws Exception {
		Path data = temp.resolve("county");
		Path svg = temp.resolve("pairing.svg");
		CommandRun pairing = run("--data", data.toString(), "diagram", "pairing", "--out", svg.toString());
		assertEquals(CommandLine.OK, pairing.exitCode(), pairing.err());
		assertTrue(pairing.out().startsWith("drew Pairing ("), pairing.out());
		String text = Files.readString(svg);
		assertEquals(117, text.split("class=\"node\" data-element=\"community/", -1).length - 1);
		assertEquals(43, text.split("class=\"node\" data-element=\"unit/", -1).length - 1);

		Path png = temp.resolve("leadership.png");
		CommandRun leadership = run("--data", data.toString(), "diagram", "leadership", "--out", png.toString());
		assertEquals(CommandLine.OK, leadership.exitCode(), leadership.err());
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
	}

	@Test
	void diagramRefusesAnUnknownDiagramAndAnUnknownFormat() {
		Path data = temp.resolve("county");
		CommandRun unknown = run("--data", data.toString(), "diagram", "orgchart", "--out", temp.resolve("x.svg").toString());
		assertEquals(CommandLine.USAGE, unknown.exitCode());
		assertEquals("cordon: there is no diagram 'orgchart'; the diagrams are leadership|pairing; try 'cordon help'.\n", unknown.err());
		CommandRun format = run("--data", data.toString(), "diagram", "pairing", "--out", temp.resolve("x.pdf").toString());
		assertEquals(CommandLine.USAGE, format.exitCode());
		assertFalse(Files.exists(temp.resolve("x.pdf")));
	}
}
