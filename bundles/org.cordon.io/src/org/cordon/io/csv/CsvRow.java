package org.cordon.io.csv;

/** A data row of a CSV file, with the physical line it starts on (the header is line 1). */
public record CsvRow(long line, String[] cells) {

	public String cell(int index) {
		return cells[index];
	}

	public int size() {
		return cells.length;
	}
}
