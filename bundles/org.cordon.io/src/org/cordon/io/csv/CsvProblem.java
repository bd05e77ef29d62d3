package org.cordon.io.csv;

/** One thing wrong with an imported file, shown as {@code FILE:LINE: column: reason}. */
public record CsvProblem(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + column + ": " + reason;
	}
}
