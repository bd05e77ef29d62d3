package org.cordon.sample.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.transfer.TransferService;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The hostile input corpus: for every record kind, a valid row of the sample made hostile one
 * cell or one line at a time (SQL text where no text belongs, megabyte strings, control
 * characters, bad UTF-8, BOMs, extra and missing columns, empty files, huge and negative numbers,
 * impossible dates, duplicate keys, unknown codes). Every case must be refused with
 * {@code FILE:LINE: column: reason} naming the line it broke, and the database must be exactly as
 * before: a full export before and after is compared.
 */
class HostileInputTest {

	private static final String MEGABYTE = "临".repeat(350_000);
	private static final List<String> ANYWHERE = List.of(MEGABYTE, "a\u0001b", "nul\u0000here", "esc\u001B[31m");
	private static final List<String> NOT_TEXT = List.of("' OR '1'='1", "1; DROP TABLE TOWNSHIP; --", "Robert'); DELETE FROM PERSON;--",
			"-1", "99999999999999999999", "2020-02-30", "1e9", "NaN", "０１２", "1,000", " 7");
	/** A valid row for the kinds the sample leaves empty: the report found no fever, so there are no fever cases. */
	private static final Map<String, List<String>> VALID_WITHOUT_SAMPLE = Map.of("fever-cases",
			List.of("2020-02-01", "CP-01", "1", "closed", "王某华", "139-0000-0001", "KP-001", "复测体温正常"));
	private static final Pattern PROBLEM = Pattern.compile("[^:]+\\.csv:\\d+: [a-z0-9_,]+: [^\\n]+");

	private static Path temp;
	private static CordonDatabase database;
	private static TransferService transfer;
	private static Map<String, String> before;
	private static int cases;

	private record Case(String description, String kind, String fileName, byte[] content, long line, String column) {
	}

	@BeforeAll
	static void sampleDatabase() throws IOException {
		temp = Files.createTempDirectory("hostile");
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
		transfer = OsgiServices.await(TransferService.class);
		before = exportEverything("before");
	}

	@AfterAll
	static void theDatabaseIsAsItWas() throws IOException {
		try {
			assertEquals(before, exportEverything("after"), "a full export after the hostile corpus");
			assertTrue(cases >= 200, "the corpus has " + cases + " cases");
			System.out.println("hostile input corpus: " + cases + " cases refused, database unchanged");
		} finally {
			database.close();
		}
	}

	private static Map<String, String> exportEverything(String name) throws IOException {
		Path folder = Files.createDirectories(temp.resolve(name));
		Map<String, String> contents = new LinkedHashMap<>();
		for (String kind : transfer.kinds()) {
			Path file = folder.resolve(kind + ".csv");
			transfer.exportFile(kind, file);
			contents.put(kind, Files.readString(file));
		}
		return contents;
	}

	private static String sampleText(String kind) throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(SampleDataLoader.class).getEntry("data/" + kind + ".csv").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String csvLine(List<String> cells) {
		return cells.stream().map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
				? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(","));
	}

	private static List<Case> corpus() throws IOException {
		List<Case> corpus = new ArrayList<>();
		for (RecordKind kind : RecordKinds.all()) {
			String name = kind.name();
			String header = String.join(",", kind.header());
			List<CsvRow> sampleRows = CsvFile.of(name + ".csv", sampleText(name)).rows(kind.header());
			List<String> valid = sampleRows.isEmpty() ? VALID_WITHOUT_SAMPLE.get(name) : List.of(sampleRows.get(0).cells());
			assertTrue(valid != null, name + " has no sample row and no valid row given here");
			String validLine = csvLine(valid);
			for (int column = 0; column < valid.size(); column++) {
				String columnName = kind.header().get(column);
				List<String> values = new ArrayList<>(ANYWHERE);
				boolean ownKey = columnName.equals("code");
				if (!kind.textColumns().contains(columnName)) {
					for (String value : NOT_TEXT) {
						// A record's own code may be any code-shaped word: "-1" would be a new record there.
						if (!(ownKey && value.matches("[A-Za-z0-9._-]{1,64}"))) {
							values.add(value);
						}
					}
				}
				for (String value : values) {
					List<String> hostile = new ArrayList<>(valid);
					hostile.set(column, value);
					String shown = value.length() > 20 ? value.substring(0, 6) + "… (" + value.length() + " chars)" : value;
					corpus.add(new Case(name + "." + columnName + " = " + shown.replace("\u0000", "\\0"), name, name + ".csv",
							(header + "\n" + csvLine(hostile) + "\n").getBytes(StandardCharsets.UTF_8), 2, columnName));
				}
			}
			corpus.add(lineCase(name, "an extra column", header + "\n" + validLine + ",extra\n", 2, "row"));
			corpus.add(lineCase(name, "a missing column", header + "\n" + csvLine(valid.subList(0, valid.size() - 1)) + "\n", 2, "row"));
			corpus.add(lineCase(name, "an empty file", "", 1, "header"));
			corpus.add(lineCase(name, "a header with a column renamed", header.replaceFirst("^[a-z_]+", "x") + "\n" + validLine + "\n", 1,
					"header"));
			corpus.add(lineCase(name, "two BOMs", "\uFEFF\uFEFF" + header + "\n" + validLine + "\n", 1, "header"));
			corpus.add(lineCase(name, "an unclosed quote", header + "\n\"" + validLine + "\n", 2, "row"));
			corpus.add(lineCase(name, "a bad row after CRLF, LF and CR lines",
					header + "\r\n" + validLine.replace(valid.get(0), valid.get(0)) + "\n" + "\r" + validLine + ",x\r\n", 3, "row"));
			byte[] good = (header + "\n" + validLine + "\n").getBytes(StandardCharsets.UTF_8);
			byte[] broken = new byte[good.length + 3];
			System.arraycopy(good, 0, broken, 0, good.length);
			broken[good.length] = (byte) 0xC3;
			broken[good.length + 1] = (byte) 0x28;
			broken[good.length + 2] = '\n';
			corpus.add(new Case(name + ": invalid UTF-8", name, name + ".csv", broken, 3, "file"));
			if (!name.equals("donations")) {
				// every kind but the ledger has a key; the same row twice is a duplicate
				corpus.add(lineCase(name, "the same key twice", header + "\n" + validLine + "\n" + validLine + "\n", 3, null));
			}
		}
		return corpus;
	}

	private static Case lineCase(String kind, String description, String text, long line, String column) {
		return new Case(kind + ": " + description, kind, kind + ".csv", text.getBytes(StandardCharsets.UTF_8), line, column);
	}

	@Test
	void everyHostileCaseIsRefusedWithFileLineColumnAndReason() throws IOException {
		List<String> failures = new ArrayList<>();
		for (Case hostile : corpus()) {
			cases++;
			Path file = temp.resolve("corpus").resolve(String.valueOf(cases)).resolve(hostile.fileName());
			Files.createDirectories(file.getParent());
			Files.write(file, hostile.content());
			try {
				transfer.importFile(hostile.kind(), file);
				failures.add(hostile.description() + ": was imported");
			} catch (CsvImportException e) {
				String problem = check(hostile, e.problems());
				if (problem != null) {
					failures.add(hostile.description() + ": " + problem);
				}
			} catch (RuntimeException e) {
				failures.add(hostile.description() + ": failed without a problem list: " + e);
			}
		}
		if (!failures.isEmpty()) {
			fail(failures.size() + " of " + cases + " hostile cases were not refused properly:\n" + String.join("\n", failures));
		}
	}

	private static String check(Case hostile, List<CsvProblem> problems) {
		if (problems.isEmpty()) {
			return "no problem listed";
		}
		for (CsvProblem problem : problems) {
			String text = problem.toString();
			if (!PROBLEM.matcher(text).matches() || text.contains("Exception") || text.length() > 400) {
				return "unclear problem: " + text.substring(0, Math.min(200, text.length()));
			}
		}
		CsvProblem first = problems.get(0);
		if (first.line() != hostile.line()) {
			return "problem on line " + first.line() + ", expected " + hostile.line() + ": " + first;
		}
		if (hostile.column() != null && !first.column().equals(hostile.column())) {
			return "problem in column " + first.column() + ", expected " + hostile.column() + ": " + first;
		}
		return null;
	}

	@Test
	void sqlInFreeTextIsStoredAsTextAndNothingElse() throws IOException {
		Path other = temp.resolve("other");
		database.open(DatabaseSettings.embedded(other));
		try {
			Path file = temp.resolve("townships.csv");
			String name = "临泉镇'); DROP TABLE TOWNSHIP; --";
			Files.writeString(file, "code,name,kind,order\nT-01,\"" + name + "\",town,0\n");
			transfer.importFile("townships", file);
			Path exported = temp.resolve("townships-exported.csv");
			transfer.exportFile("townships", exported);
			assertEquals("code,name,kind,order\nT-01," + name + ",town,0\n", Files.readString(exported));
			assertFalse(name.isEmpty());
		} finally {
			database.open(DatabaseSettings.embedded(temp.resolve("county")));
		}
	}
}
