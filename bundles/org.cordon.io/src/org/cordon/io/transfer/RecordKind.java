package org.cordon.io.transfer;

import java.util.List;

import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RowWriter;

/** One record kind's CSV format: how its file is imported and exported. */
public interface RecordKind {

	/** The kind's name on the command line and in docs/csv-formats.md, e.g. {@code townships}. */
	String name();

	/** The exact header row. */
	List<String> header();

	/** What each column of {@link #header()} holds, in header order; text unless a kind says more. */
	default List<ColumnShape> shapes() {
		return header().stream().map(ColumnShape::text).toList();
	}

	/** The columns that hold free text (names, remarks), where any characters but control characters are data. */
	List<String> textColumns();

	/**
	 * Imports every row of the file into the store, or nothing.
	 *
	 * @throws org.cordon.io.csv.CsvImportException listing every problem, when any row is wrong
	 */
	ImportCounts importFile(RecordFile file, RecordStore store);

	/** How many records of the kind are stored (for a file, how many rows an export writes). */
	long count(RecordStore store);

	/** Writes every stored record of the kind, in key order. */
	void export(RecordStore store, RowWriter output);

	/** What an import did. */
	record ImportCounts(int created, int updated, int removed) {

		public int rows() {
			return created + updated + removed;
		}
	}
}
