package org.cordon.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.report.Briefing;
import org.cordon.report.BriefingFont;
import org.cordon.report.BriefingService;
import org.cordon.report.HtmlBriefingWriter;
import org.cordon.report.PdfBriefingWriter;

/** {@code cordon report daily --date yyyy-MM-dd --format html|pdf --out FILE}: the daily briefing for the leading group. */
final class ReportCommand {

	private static final String EXAMPLE = "e.g. cordon report daily --date 2020-02-13 --format pdf --out briefing.pdf";

	private ReportCommand() {
	}

	static int run(CordonDatabase database, BriefingService briefings, DatabaseSettings settings, List<String> words, PrintStream out,
			PrintStream err) {
		if (words.isEmpty() || !words.get(0).equals("daily")) {
			return usage(err, "the report command is 'cordon report daily', " + EXAMPLE);
		}
		String date = null;
		String format = null;
		String file = null;
		for (int i = 1; i < words.size(); i += 2) {
			if (i + 1 >= words.size()) {
				return usage(err, words.get(i) + " needs a value, " + EXAMPLE);
			}
			String value = words.get(i + 1);
			switch (words.get(i)) {
			case "--date" -> date = value;
			case "--format" -> format = value;
			case "--out" -> file = value;
			default -> {
				return usage(err, "report daily takes --date, --format and --out, not '" + words.get(i) + "'");
			}
			}
		}
		if (date == null || format == null || file == null) {
			return usage(err, "report daily needs --date, --format and --out, " + EXAMPLE);
		}
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			return usage(err, "'" + date + "' is not a date of the form yyyy-MM-dd");
		}
		if (!format.equals("html") && !format.equals("pdf")) {
			return usage(err, "the format is html or pdf, not '" + format + "'");
		}
		Path target = Path.of(file);
		Path folder = target.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			err.println("cordon: the folder " + folder + " does not exist; nothing was written.");
			return CommandLine.FAILED;
		}
		Path font = null;
		if (format.equals("pdf")) {
			try {
				font = BriefingFont.locate();
			} catch (IllegalStateException e) {
				err.println("cordon: " + e.getMessage() + "; nothing was written.");
				return CommandLine.FAILED;
			}
		}
		database.open(settings);
		Briefing briefing = briefings.briefing(day);
		try {
			if (font == null) {
				try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
					HtmlBriefingWriter.write(briefing, writer);
				}
			} else {
				try (OutputStream stream = Files.newOutputStream(target)) {
					PdfBriefingWriter.write(briefing, stream, font);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
		out.println("wrote the daily briefing for " + day + " (" + briefing.sections().size() + " group sections"
				+ (briefing.hasData() ? "" : ", nothing recorded that day") + ") to " + target);
		return CommandLine.OK;
	}

	private static int usage(PrintStream err, String message) {
		err.println("cordon: " + message + "; try 'cordon help'.");
		return CommandLine.USAGE;
	}
}
