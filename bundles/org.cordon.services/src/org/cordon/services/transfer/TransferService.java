package org.cordon.services.transfer;

import java.nio.file.Path;
import java.util.List;

import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.ImportProgress;
import org.cordon.io.file.RecordFile;
import org.cordon.io.transfer.KindLabels;
import org.cordon.io.transfer.RecordKind.ImportCounts;

/**
 * Import and export of every record kind (docs/csv-formats.md), as CSV or as an Excel workbook
 * (docs/xlsx.md) by the file's extension. An import writes every file it is given or nothing;
 * its problems come as a {@link org.cordon.io.csv.CsvImportException}.
 */
public interface TransferService {

	/** The kinds, in the order an empty database imports them. */
	List<String> kinds();

	/** A kind's CSV header, which a workbook of the kind carries too. */
	List<String> header(String kind);

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
	default ImportCounts importAll(List<KindFile> files) {
		return importAll(files, ImportProgress.NONE);
	}

	/**
	 * Imports several files in one transaction, telling {@code progress} of every row read.
	 *
	 * @throws org.cordon.io.file.ImportCancelledException when {@code progress} was cancelled; nothing was written
	 */
	ImportCounts importAll(List<KindFile> files, ImportProgress progress);

	/**
	 * What importing the files would do, found by importing them in a transaction that is then
	 * rolled back: for each file the records it would create, update and remove, or its problems.
	 * Unlike {@link #importAll} it goes on after a file with problems, so that every file's are listed.
	 *
	 * @throws org.cordon.io.file.ImportCancelledException when {@code progress} was cancelled
	 */
	ImportPreview preview(List<KindFile> files, ImportProgress progress);

	/**
	 * Begins checking a file that is about to be imported, on a thread of its own: all a check needs
	 * but the database, so that it may run while the database opens. An {@link #importAll} of the
	 * same {@link KindFile#file()} then only finishes it; without this call the import checks the
	 * file itself. Kinds that gain nothing from it ignore it.
	 */
	void checkAhead(KindFile file);

	/** How many records of the kind are stored. */
	long count(String kind);

	/** Writes every record of the kind, as CSV or, for a {@code .xlsx} file, a workbook headed by the CSV names; returns how many rows were written. */
	default int exportFile(String kind, Path file) {
		return exportFile(kind, file, KindLabels.CSV_NAMES);
	}

	/** Writes every record of the kind; a workbook shows the labels given, with the CSV names in a hidden row. */
	int exportFile(String kind, Path file, KindLabels labels);

	/** Writes the kind's empty workbook to be filled in: titles, hidden CSV names, drop-down lists and date cells. */
	void writeTemplate(String kind, Path file, KindLabels labels);

	/** A file and the kind it holds. */
	record KindFile(String kind, RecordFile file) {
	}

	/** What an import of some files would do. */
	record ImportPreview(List<FileOutcome> files) {

		public ImportPreview {
			files = List.copyOf(files);
		}

		public boolean hasProblems() {
			return files.stream().anyMatch(f -> !f.problems().isEmpty());
		}

		public List<CsvProblem> problems() {
			return files.stream().flatMap(f -> f.problems().stream()).toList();
		}

		public ImportCounts total() {
			return new ImportCounts(files.stream().mapToInt(f -> f.counts().created()).sum(), files.stream().mapToInt(f -> f.counts().updated()).sum(),
					files.stream().mapToInt(f -> f.counts().removed()).sum());
		}
	}

	/** One file of a preview: what it would write, or (with counts of zero) why it cannot be imported. */
	record FileOutcome(String kind, String file, ImportCounts counts, List<CsvProblem> problems) {

		public FileOutcome {
			problems = List.copyOf(problems);
		}
	}
}
