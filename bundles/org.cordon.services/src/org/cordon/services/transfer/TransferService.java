package org.cordon.services.transfer;

import java.nio.file.Path;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.transfer.RecordKind.ImportCounts;

/**
 * CSV import and export of every record kind (docs/csv-formats.md). An import writes a whole file
 * or nothing; its problems come as a {@link org.cordon.io.csv.CsvImportException}.
 */
public interface TransferService {

	/** The kinds, in the order an empty database imports them. */
	List<String> kinds();

	/**
	 * @throws IllegalArgumentException when there is no such kind
	 * @throws org.cordon.io.csv.CsvImportException when the file has problems; nothing was written
	 */
	ImportCounts importFile(String kind, Path file);

	/**
	 * Imports several files in one transaction: all of them, or nothing.
	 *
	 * @param files kind → file, imported in the order given
	 */
	ImportCounts importAll(List<KindFile> files);

	/**
	 * Begins checking a file that is about to be imported, on a thread of its own: all a check needs
	 * but the database, so that it may run while the database opens. An {@link #importAll} of the
	 * same {@link KindFile#file()} then only finishes it; without this call the import checks the
	 * file itself. Kinds that gain nothing from it ignore it.
	 */
	void checkAhead(KindFile file);

	/** How many records of the kind are stored. */
	long count(String kind);

	/** Writes every record of the kind; returns how many rows were written. */
	int exportFile(String kind, Path file);

	/** A file and the kind it holds. */
	record KindFile(String kind, CsvFile file) {
	}
}
