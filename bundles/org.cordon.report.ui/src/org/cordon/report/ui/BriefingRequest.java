package org.cordon.report.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** What File > Daily Briefing… writes: the day, the format and the file. */
public record BriefingRequest(LocalDate day, Format format, Path file) {

	public enum Format {
		HTML, PDF;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public BriefingRequest {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(file, "file");
	}
}
