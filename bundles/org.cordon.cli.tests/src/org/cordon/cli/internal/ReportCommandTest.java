package org.cordon.cli.internal;

import static org.cordon.cli.internal.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cordon.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** {@code cordon report daily} on the sample data: 31,000 vehicles and 64,000 persons checked to 13 Feb (docs/domain.md). */
class ReportCommandTest {

	@TempDir
	Path temp;

	@Test
	void reportDailyWritesThePdfAndTheHtmlOfADay() throws Exception {
		Path data = temp.resolve("county");
		Path pdf = temp.resolve("briefing.pdf");
		CommandRun written = run("--data", data.toString(), "report", "daily", "--date", "2020-02-13", "--format", "pdf", "--out",
				pdf.toString());
		assertEquals(CommandLine.OK, written.exitCode(), written.err());
		assertTrue(written.out().startsWith("wrote the daily briefing for 2020-02-13 ("), written.out());
		PdfReader reader = new PdfReader(pdf.toString());
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertTrue(text.contains("累计检查车辆31000辆、人员64000人"), text);

		Path html = temp.resolve("briefing.html");
		CommandRun page = run("--data", data.toString(), "report", "daily", "--date", "2020-02-13", "--format", "html", "--out",
				html.toString());
		assertEquals(CommandLine.OK, page.exitCode(), page.err());
		String written2 = Files.readString(html);
		assertTrue(written2.startsWith("<!DOCTYPE html>"), written2);
		assertTrue(written2.contains("<td class=\"number\">64000</td>"), written2);
	}

	@Test
	void aDayWithoutDataIsReportedNotRefused() {
		Path html = temp.resolve("empty.html");
		CommandRun result = run("--data", temp.resolve("county").toString(), "report", "daily", "--date", "2021-06-01", "--format", "html",
				"--out", html.toString());
		assertEquals(CommandLine.OK, result.exitCode(), result.err());
		assertTrue(result.out().contains("nothing recorded that day"), result.out());
		assertTrue(Files.exists(html));
	}

	@Test
	void badArgumentsAreUsageErrorsAndWriteNothing() {
		String data = temp.resolve("county").toString();
		Path out = temp.resolve("x.pdf");
		CommandRun date = run("--data", data, "report", "daily", "--date", "13.02.2020", "--format", "pdf", "--out", out.toString());
		assertEquals(CommandLine.USAGE, date.exitCode());
		assertEquals("cordon: '13.02.2020' is not a date of the form yyyy-MM-dd; try 'cordon help'.\n", date.err());
		CommandRun format = run("--data", data, "report", "daily", "--date", "2020-02-13", "--format", "docx", "--out", out.toString());
		assertEquals(CommandLine.USAGE, format.exitCode());
		assertEquals("cordon: the format is html or pdf, not 'docx'; try 'cordon help'.\n", format.err());
		CommandRun missing = run("--data", data, "report", "daily", "--date", "2020-02-13");
		assertEquals(CommandLine.USAGE, missing.exitCode());
		CommandRun weekly = run("--data", data, "report", "weekly");
		assertEquals(CommandLine.USAGE, weekly.exitCode());
		assertFalse(Files.exists(out));
	}
}
