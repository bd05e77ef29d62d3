package org.cordon.io.file;

import java.util.List;

/**
 * Where an export writes a record kind's rows: a CSV file or a workbook. The file appears only
 * when complete: {@link #complete()} marks it so, and {@link #close()} then moves it into place;
 * closed without it, nothing is left behind.
 */
public interface RowWriter extends AutoCloseable {

	/** One data row: the cells as the kind's CSV format writes them. */
	void row(List<String> cells);

	default void row(String... cells) {
		row(List.of(cells));
	}

	/** The data rows written so far (the header not counted). */
	int rowCount();

	void complete();

	@Override
	void close();
}
