package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cordon.io.file.RecordFiles;
import org.cordon.io.file.RowWriter;
import org.cordon.io.transfer.CellType.Shape;
import org.cordon.io.xlsx.SheetColumn;
import org.cordon.io.xlsx.SheetLayout;

/** Writes what a part shows to a workbook ({@code .xlsx}) or, for any other name, a CSV file headed by the column titles. */
public final class ShownRowsFile {

	private ShownRowsFile() {
	}

	/** @return how many rows were written */
	public static int write(ShownRows shown, Path file) {
		List<ShownRows.Column> columns = shown.shownColumns();
		// A workbook's cell holds a number or a date only where the column's shape says so; the rest is text as shown.
		SheetLayout layout = new SheetLayout(shown.shownTitle(),
				columns.stream().map(c -> SheetColumn.plain(c.title(), c.shape() == null ? Shape.TEXT : c.shape())).toList());
		try (RowWriter output = RecordFiles.create(file, layout)) {
			for (List<String> row : shown.shownRows()) {
				output.row(row);
			}
			output.complete();
			return output.rowCount();
		}
	}

	/** A file name for what is shown: its title in letters and digits joined by hyphens. */
	public static String suggestedName(ShownRows shown, String extension) {
		String stem = shown.shownTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
		return (stem.isEmpty() ? "rows" : stem) + "." + extension;
	}
}
