package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cordon.io.file.RecordFiles;
import org.cordon.io.file.RowWriter;
import org.cordon.io.transfer.CellType.Shape;
import org.cordon.io.xlsx.SheetColumn;
import org.cordon.io.xlsx.SheetLayout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Writes what a part shows to a workbook ({@code .xlsx}) or, for any other name, a CSV file headed by the column titles. */
public final class ShownRowsFile {

	/** Rows between looks at the monitor. */
	private static final int PROGRESS_EVERY = 500;

	private ShownRowsFile() {
	}

	/** Writes what the part shows now, on this thread; for a small part or a test. @return how many rows were written */
	public static int write(ShownRows shown, Path file) {
		return write(shown.shownSnapshot(), file, new NullProgressMonitor());
	}

	/**
	 * Writes a snapshot, reporting a unit of work per row; cancelled, it stops and leaves no file.
	 *
	 * @return how many rows were written
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static int write(ShownRows.Snapshot shown, Path file, IProgressMonitor monitor) {
		List<ShownRows.Column> columns = shown.columns();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(TransferMessages.ExportShown_job, shown.title(), file.getFileName()), shown.size());
		// A workbook's cell holds a number or a date only where the column's shape says so; the rest is text as shown.
		SheetLayout layout = new SheetLayout(shown.title(),
				columns.stream().map(c -> SheetColumn.plain(c.title(), c.shape() == null ? Shape.TEXT : c.shape())).toList());
		try (RowWriter output = RecordFiles.create(file, layout)) {
			for (List<String> row : shown.rows()) {
				output.row(row);
				if (output.rowCount() % PROGRESS_EVERY == 0) {
					progress.worked(PROGRESS_EVERY);
					progress.checkCanceled();
				}
			}
			progress.checkCanceled();
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
