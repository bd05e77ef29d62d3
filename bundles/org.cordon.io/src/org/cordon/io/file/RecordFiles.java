package org.cordon.io.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvOutput;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.xlsx.SheetLayout;
import org.cordon.io.xlsx.XlsxFile;
import org.cordon.io.xlsx.XlsxOutput;

/** Files of records by their extension: {@code .xlsx} is an Excel workbook, anything else CSV. */
public final class RecordFiles {

	private RecordFiles() {
	}

	public static boolean isWorkbook(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xlsm");
	}

	/**
	 * A file to import, by its extension.
	 *
	 * @throws CsvImportException with one problem when it cannot be read as what its name says it is
	 */
	public static RecordFile read(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
			throw new CsvImportException(List.of(new CsvProblem(name, 0, "file",
					"is an Excel 97-2003 workbook (.xls); open it in Excel or WPS and save it as an Excel workbook (.xlsx)")));
		}
		return isWorkbook(file) ? XlsxFile.read(file) : CsvFile.read(file);
	}

	/** Where an export writes, by the file's extension: a workbook laid out as given, or CSV under the layout's header. */
	public static RowWriter create(Path file, SheetLayout layout) {
		return isWorkbook(file) ? XlsxOutput.create(file, layout) : CsvOutput.create(file, layout.header());
	}

	/**
	 * The file as an import reads it, telling {@code progress} of every row and stopping with
	 * {@link ImportCancelledException} as soon as it is cancelled.
	 */
	public static RecordFile watched(RecordFile file, ImportProgress progress) {
		return new RecordFile() {
			@Override
			public String name() {
				return file.name();
			}

			@Override
			public int sizeHint() {
				return file.sizeHint();
			}

			@Override
			public void rows(List<String> expectedHeader, Consumer<CsvRow> consumer) {
				file.rows(expectedHeader, row -> {
					if (progress.isCanceled()) {
						throw new ImportCancelledException();
					}
					progress.rowRead(file.name(), row.line());
					consumer.accept(row);
				});
			}
		};
	}
}
