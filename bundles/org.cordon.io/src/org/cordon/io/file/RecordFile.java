package org.cordon.io.file;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cordon.io.csv.CsvRow;

/**
 * A file of records to import, as a kind reads it: a header and then data rows, each with the
 * line (for a CSV file) or the sheet row (for a workbook) that a problem names. The file is read
 * strictly; what it cannot hold, it refuses with a {@link org.cordon.io.csv.CsvImportException}.
 */
public interface RecordFile {

	/** The file's name as problems name it. */
	String name();

	/**
	 * Checks the header and hands every data row to the consumer, in order.
	 *
	 * @throws org.cordon.io.csv.CsvImportException when the header is not the expected one, or the file is not well-formed
	 */
	void rows(List<String> expectedHeader, Consumer<CsvRow> consumer);

	/** All data rows; for the small files of most kinds. */
	default List<CsvRow> rows(List<String> expectedHeader) {
		List<CsvRow> rows = new ArrayList<>();
		rows(expectedHeader, rows::add);
		return rows;
	}

	/**
	 * At least as many as the file's rows, the header included (a CSV file's lines, a workbook's row
	 * elements): a bulk load reserves keys for that many before it has read them.
	 */
	int sizeHint();
}
