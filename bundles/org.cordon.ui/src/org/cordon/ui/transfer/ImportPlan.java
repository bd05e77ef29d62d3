package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.ImportProgress;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.FileOutcome;
import org.cordon.services.transfer.TransferService.ImportPreview;
import org.cordon.services.transfer.TransferService.KindFile;

/**
 * What an import is asked to do: files of one record kind, CSV or Excel by their names. It
 * previews them (nothing written) and imports them in one transaction; a file that cannot even be
 * opened is a problem of that file, listed with the others.
 */
public record ImportPlan(String kind, List<Path> files) {

	public ImportPlan {
		files = List.copyOf(files);
	}

	/** What the import would do, file by file, in the order of {@link #files()}. */
	public ImportPreview preview(TransferService transfer, ImportProgress progress) {
		Map<Integer, FileOutcome> unreadable = new LinkedHashMap<>();
		List<KindFile> readable = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			try {
				readable.add(new KindFile(kind, RecordFiles.read(file)));
			} catch (CsvImportException e) {
				unreadable.put(i, new FileOutcome(kind, name(file), new ImportCounts(0, 0, 0), e.problems()));
			} catch (RuntimeException e) {
				unreadable.put(i, new FileOutcome(kind, name(file), new ImportCounts(0, 0, 0),
						List.of(new CsvProblem(name(file), 0, "file", Problems.sentence(e)))));
			}
		}
		List<FileOutcome> previewed = readable.isEmpty() ? List.of() : transfer.preview(readable, progress).files();
		List<FileOutcome> outcomes = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < files.size(); i++) {
			outcomes.add(unreadable.containsKey(i) ? unreadable.get(i) : previewed.get(next++));
		}
		return new ImportPreview(outcomes);
	}

	/**
	 * Imports every file in one transaction, or nothing.
	 *
	 * @throws CsvImportException when a file has problems; nothing was written
	 * @throws org.cordon.io.file.ImportCancelledException when {@code progress} was cancelled; nothing was written
	 */
	public ImportCounts importAll(TransferService transfer, ImportProgress progress) {
		List<KindFile> kindFiles = files.stream().map(file -> new KindFile(kind, RecordFiles.read(file))).toList();
		return transfer.importAll(kindFiles, progress);
	}

	/** The file of a problem or an outcome, which names only the file: the first file of that name. */
	public Path fileNamed(String name) {
		return files.stream().filter(f -> name(f).equals(name)).findFirst().orElse(null);
	}

	static String name(Path file) {
		return file.getFileName() == null ? file.toString() : file.getFileName().toString();
	}
}
