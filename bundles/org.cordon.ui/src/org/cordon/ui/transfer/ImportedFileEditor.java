package org.cordon.ui.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;

/**
 * A file that was imported (or offered for import), read-only, as the import reads it: one table
 * row per data row, numbered by its line (a workbook's by its sheet row), under the kind's columns.
 * When the file is not even that (a CSV file with another header, say), a CSV file shows its lines
 * as text. An import marker opens it with its row selected.
 */
public class ImportedFileEditor extends EditorPart {

	public static final String ID = "org.cordon.ui.editors.importedFile";

	/** One row as shown: the line (or sheet row) it is on, and its cells. */
	public record FileLine(long line, List<String> cells) {
	}

	private String kind;
	private Path location;
	private List<String> columns = List.of();
	private List<FileLine> lines = List.of();
	private String readNote = "";
	private TableViewer viewer;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
			throw new PartInitException(NLS.bind(TransferMessages.ImportedFile_notAFile, input.getName()));
		}
		IFile file = fileInput.getFile();
		kind = ImportProblemMarkers.kindOf(file);
		location = file.getLocation().toPath();
		setSite(site);
		setInput(input);
		setPartName(file.getName());
		setTitleToolTip(location.toString());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Label note = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		read();
		addColumn(RecordFiles.isWorkbook(location) ? TransferMessages.ImportedFile_sheetRow : TransferMessages.ImportedFile_line, -1);
		for (int i = 0; i < columns.size(); i++) {
			addColumn(columns.get(i), i);
		}
		viewer.setInput(lines);
		fitColumns();
		note.setText(location + " · " + readNote);
		getSite().setSelectionProvider(viewer);
	}

	/** The rows as the kind's import reads them; failing that, a CSV file's lines as text. */
	private void read() {
		RecordKind recordKind = kind == null ? null : RecordKinds.named(kind).orElse(null);
		List<FileLine> read = new ArrayList<>();
		if (recordKind != null) {
			RecordLabels labels = RecordLabels.current();
			try {
				RecordFiles.read(location).rows(recordKind.header(), row -> read.add(new FileLine(row.line(), Arrays.asList(row.cells()))));
				columns = recordKind.header().stream().map(c -> labels.columnLabel(kind, c)).toList();
				lines = read;
				readNote = NLS.bind(TransferMessages.ImportedFile_rows, read.size(), labels.kindLabel(kind));
				return;
			} catch (CsvImportException e) {
				readNote = e.problems().isEmpty() ? "" : e.problems().get(0).column() + ": " + e.problems().get(0).reason();
				if (RecordFiles.isWorkbook(location)) {
					// a workbook has no lines of text: what was read before the problem is all there is to show
					columns = recordKind.header().stream().map(c -> labels.columnLabel(kind, c)).toList();
					lines = read;
					return;
				}
			}
		}
		columns = List.of(TransferMessages.ImportedFile_text);
		lines = textLines();
		readNote = NLS.bind(TransferMessages.ImportedFile_asText, readNote);
	}

	private List<FileLine> textLines() {
		try {
			List<String> text = Files.readAllLines(location, StandardCharsets.UTF_8);
			List<FileLine> numbered = new ArrayList<>(text.size());
			for (int i = 0; i < text.size(); i++) {
				numbered.add(new FileLine(i + 1, List.of(text.get(i))));
			}
			return numbered;
		} catch (IOException | java.io.UncheckedIOException e) {
			readNote = Problems.sentence(e);
			return List.of();
		}
	}

	/**
	 * Columns as wide as their header and the first rows, within reason, so that a long remark does
	 * not hide the rest. Measured here: a virtual table has no items yet for {@code pack()} to measure.
	 */
	private void fitColumns() {
		org.eclipse.swt.widgets.TableColumn[] tableColumns = viewer.getTable().getColumns();
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
		try {
			for (int c = 0; c < tableColumns.length; c++) {
				int width = gc.textExtent(tableColumns[c].getText()).x + 28;
				for (int r = 0; r < Math.min(lines.size(), 200); r++) {
					String text = c == 0 ? Long.toString(lines.get(r).line()) : c - 1 < lines.get(r).cells().size() ? lines.get(r).cells().get(c - 1) : "";
					width = Math.max(width, gc.textExtent(text).x + 20);
				}
				tableColumns[c].setWidth(Math.clamp(width, 50, 360));
			}
		} finally {
			gc.dispose();
		}
	}

	private void addColumn(String title, int cell) {
		TableViewerColumn column = new TableViewerColumn(viewer, cell < 0 ? SWT.RIGHT : SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(cell < 0 ? 70 : Math.clamp(title.length() * 10L + 40, 90, 400));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				FileLine line = (FileLine) element;
				if (cell < 0) {
					return Long.toString(line.line());
				}
				return cell < line.cells().size() ? line.cells().get(cell) : "";
			}
		});
	}

	/** Selects the row a marker names and shows it. */
	public void gotoMarker(IMarker marker) {
		selectLine(marker.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	/** Selects the row on a line (a workbook's sheet row); nothing when no row is on it. */
	public void selectLine(long line) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).line() == line) {
				viewer.getTable().setSelection(i);
				viewer.getTable().showSelection();
				return;
			}
		}
	}

	/** The line of the selected row, or -1. */
	public long selectedLine() {
		int index = viewer.getTable().getSelectionIndex();
		return index < 0 ? -1 : lines.get(index).line();
	}

	public List<FileLine> lines() {
		return List.copyOf(lines);
	}

	public List<String> columnTitles() {
		return columns;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: the file is the user's, not ours to change
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
