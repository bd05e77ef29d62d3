package org.cordon.ui.grids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.cordon.ui.editors.LatestRead;
import org.cordon.ui.editors.TableEditing;
import org.cordon.ui.transfer.ShownRows;
import org.cordon.ui.transfer.ShownRowsContributions;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;

/**
 * The shared board of "rows × columns for a chosen day": a day chooser with previous and next
 * day, a grid whose cells show a value and its status (in colour and in words), cells typed into
 * from the keyboard (Enter or F2; Tab moves on), every change an operation on the workbench's
 * history (Edit > Undo/Redo), Save through the group's service in one transaction, and a summary
 * line under the grid. A group's board says what its rows and columns are; this class does the rest.
 *
 * @param <R> the type of the grid's rows
 */
public abstract class DayGridEditor<R> extends EditorPart implements ShownRows {

	private final IUndoContext undoContext = new ObjectUndoContext(this, "day grid");
	private List<R> rows = List.of();
	private List<GridColumn<R>> columns = List.of();
	private LocalDate day;
	private TableViewer viewer;
	private DateTime dayChooser;
	private Label message;
	private Label summary;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	/** The day the board opens on, e.g. the latest day with any report. */
	protected abstract LocalDate initialDay();

	/** A day's board as read, to be shown: on the UI thread, it sets the editor's fields and gives the rows. */
	@FunctionalInterface
	protected interface DayBoard<R> {
		/** @return the rows, in the order they are shown */
		List<R> show();
	}

	/**
	 * How to read the board of a day from the database. Called on the UI thread, where it takes
	 * what it needs from the editor (its services, its options); the reading it returns runs in a
	 * job, off the UI thread, and must leave the editor's fields to the {@link DayBoard} it gives,
	 * which is shown on the UI thread. Any unsaved change is dropped.
	 */
	protected abstract java.util.concurrent.Callable<DayBoard<R>> reading(LocalDate day);

	/** The columns for the rows last loaded; the first usually names the row and cannot be edited. */
	protected abstract List<GridColumn<R>> columns();

	/** One line on the board as loaded and changed, e.g. "21 of 23 townships reported, 2 missing". */
	protected abstract String summary();

	/** Whether there are changes that Save would write. */
	protected abstract boolean hasChanges();

	/**
	 * Writes the changes through the group's service in one transaction.
	 *
	 * @throws RuntimeException when they could not be written, e.g. because another desk changed a record first
	 */
	protected abstract void saveChanges();

	/** The label before the day chooser. */
	protected String dayLabel() {
		return GridMessages.day;
	}

	/** Adds a board's own controls (e.g. a measure selector) to the bar after the day chooser. */
	protected void createOptions(Composite bar) {
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		// A row that wraps: a board's own options (measure, township, …) must not push its
		// Export button out of a narrow editor.
		org.eclipse.swt.layout.RowLayout barLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		barLayout.center = true;
		barLayout.wrap = true;
		barLayout.marginLeft = barLayout.marginRight = barLayout.marginTop = barLayout.marginBottom = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText(dayLabel());
		Button previous = new Button(bar, SWT.PUSH);
		previous.setText("◀");
		previous.setToolTipText(GridMessages.dayBefore);
		dayChooser = new DateTime(bar, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		Button next = new Button(bar, SWT.PUSH);
		next.setText("▶");
		next.setToolTipText(GridMessages.dayAfter);
		previous.addListener(SWT.Selection, e -> requestDay(day.minusDays(1)));
		next.addListener(SWT.Selection, e -> requestDay(day.plusDays(1)));
		dayChooser.addListener(SWT.Selection, e -> requestDay(chosenDay()));
		createOptions(bar);
		ShownRowsContributions.toolbar(getSite(), bar);
		read = new LatestRead(bar);
		read.createLink(bar);
		message = new Label(bar, SWT.NONE);
		message.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));

		// Virtual: a day of 20,000 key persons makes items only for the rows in view (filling them all froze the window for minutes).
		viewer = new TableViewer(body, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		TableEditing.enableKeyboardEditing(viewer);
		ShownRowsContributions.contextMenu(getSite(), viewer);

		summary = new Label(body, SWT.NONE);
		summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		getSite().setSelectionProvider(viewer);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		showDay(initialDay());
		otherDesks = org.cordon.ui.DatabaseChanges.onChange(getSite(), this::otherDesksChanged);
	}

	private org.cordon.ui.DatabaseChanges.Subscription otherDesks;

	/**
	 * The database changed: a board without unsaved changes reads its day again, keeping the
	 * selected row; one with unsaved changes keeps them, and its save is checked against the
	 * other desks' as every save is.
	 */
	public void otherDesksChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (isDirty()) {
			message.setText(GridMessages.changedByOthers);
			message.getParent().layout();
			return;
		}
		if (read.isRunning()) {
			return; // a read is on its way; it shows the change
		}
		int selected = viewer.getTable().getSelectionIndex();
		// A failed read (the server away for a moment) is said on the board; the next change noticed tries again.
		read(day, () -> {
			if (selected >= 0 && selected < viewer.getTable().getItemCount()) {
				viewer.getTable().setSelection(selected);
			}
		});
	}

	private LocalDate chosenDay() {
		return LocalDate.of(dayChooser.getYear(), dayChooser.getMonth() + 1, dayChooser.getDay());
	}

	/** Moves to another day from the bar, after asking whether unsaved changes may go. */
	private void requestDay(LocalDate wanted) {
		if (wanted.equals(day)) {
			return;
		}
		if (!confirmDiscard()) {
			setChooser(day);
			return;
		}
		showDay(wanted);
	}

	/** Asks whether unsaved changes may be dropped; true when there are none. */
	protected boolean confirmDiscard() {
		return !isDirty() || MessageDialog.openQuestion(getSite().getShell(), getPartName(),
				NLS.bind(GridMessages.dropChanges, getPartName(), day));
	}

	/**
	 * Shows the board of a day as stored in the database; unsaved changes are dropped. The board
	 * is read in a job; the summary line says so meanwhile, and the window stays live.
	 */
	public void showDay(LocalDate wanted) {
		read(wanted, () -> {
		});
	}

	/** The read of a day running now; a newer one makes its result stale. */
	private LatestRead read;

	private void read(LocalDate wanted, Runnable afterwards) {
		day = wanted;
		setChooser(wanted);
		java.util.concurrent.Callable<DayBoard<R>> work = reading(wanted);
		summary.setText(GridMessages.reading);
		read.start(NLS.bind(GridMessages.readingJob, getPartName(), wanted), reading -> work.call(), new LatestRead.Outcome<DayBoard<R>>() {
			@Override
			public void read(DayBoard<R> board) {
				show(board);
				afterwards.run();
			}

			@Override
			public void failed(Exception e) {
				summary.setText("");
				message.setText(NLS.bind(GridMessages.notRead, TableEditing.rootMessage(e)));
				message.getParent().getParent().layout(true, true);
			}

			@Override
			public void cancelled() {
				summary.setText(org.cordon.ui.editors.EditorMessages.readCancelled);
			}
		}, () -> read(wanted, afterwards));
	}

	/** Whether the board is still reading its day. */
	public boolean isLoading() {
		return read.isRunning();
	}

	private void show(DayBoard<R> board) {
		rows = new ArrayList<>(board.show());
		List<GridColumn<R>> wantedColumns = columns();
		if (!sameHeaders(wantedColumns)) {
			columns = List.copyOf(wantedColumns);
			rebuildColumns();
		} else {
			columns = List.copyOf(wantedColumns);
		}
		history().dispose(undoContext, true, true, false);
		viewer.setInput(rows);
		viewer.refresh();
		message.setText("");
		updateSummary();
		firePropertyChange(PROP_DIRTY);
	}

	/** Reads the shown day again, e.g. after the board's own options changed what it shows. */
	protected void reload() {
		showDay(day);
	}

	/** Redraws every cell, for options that change what the cells show (or which columns) but not what is loaded. */
	protected void redraw() {
		List<GridColumn<R>> wantedColumns = columns();
		boolean same = sameHeaders(wantedColumns);
		columns = List.copyOf(wantedColumns);
		if (!same) {
			rebuildColumns();
		}
		viewer.refresh();
		updateSummary();
	}

	private void setChooser(LocalDate date) {
		dayChooser.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
	}

	private boolean sameHeaders(List<GridColumn<R>> wanted) {
		if (wanted.size() != columns.size()) {
			return false;
		}
		for (int i = 0; i < wanted.size(); i++) {
			if (!wanted.get(i).header().equals(columns.get(i).header())) {
				return false;
			}
		}
		return true;
	}

	private void rebuildColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		for (int i = 0; i < columns.size(); i++) {
			addColumn(i);
		}
	}

	private void addColumn(int index) {
		GridColumn<R> spec = columns.get(index);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
		viewerColumn.getColumn().setText(spec.header());
		viewerColumn.getColumn().setToolTipText(spec.toolTip());
		viewerColumn.getColumn().setWidth(spec.width());
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return cell(element, index).text();
			}

			@Override
			public Color getBackground(Object element) {
				return StatusColours.background(cell(element, index).status());
			}

			@Override
			public Color getForeground(Object element) {
				return StatusColours.foreground(cell(element, index).status());
			}

			@Override
			public Font getFont(Object element) {
				CellStatus status = cell(element, index).status();
				return status == CellStatus.FEVER || status == CellStatus.MISSING
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		});
		viewerColumn.setEditingSupport(new EditingSupport(viewer) {
			private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			@SuppressWarnings("unchecked")
			protected boolean canEdit(Object element) {
				return !isLoading() && columns.get(index).canEdit((R) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Object getValue(Object element) {
				return columns.get(index).editText((R) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			protected void setValue(Object element, Object value) {
				if (!value.equals(columns.get(index).editText((R) element))) {
					edit((R) element, index, (String) value);
				}
			}
		});
	}

	@SuppressWarnings("unchecked")
	private GridCell cell(Object element, int index) {
		return columns.get(index).cell((R) element);
	}

	/**
	 * Types text into a cell, through the workbench's operation history.
	 *
	 * @return why the text was refused, or {@code null} when it was taken
	 */
	public String edit(R row, int column, String text) {
		if (isLoading()) {
			return GridMessages.reading; // the rows are about to be replaced by those being read
		}
		GridColumn<R> spec = columns.get(column);
		if (!spec.canEdit(row)) {
			return NLS.bind(GridMessages.cannotType, spec.header());
		}
		GridEditOperation<R> operation = new GridEditOperation<>(NLS.bind(GridMessages.changeColumn, spec.header()), undoContext, spec, row, spec.editText(row), text,
				() -> written(row));
		try {
			IStatus status = history().execute(operation, null, null);
			if (!status.isOK()) {
				message.setText(status.getMessage());
				return status.getMessage();
			}
			return null;
		} catch (ExecutionException e) {
			message.setText(e.getMessage());
			return e.getMessage();
		}
	}

	private void written(R row) {
		message.setText("");
		viewer.update(row, null);
		updateSummary();
		firePropertyChange(PROP_DIRTY);
	}

	private void updateSummary() {
		summary.setText(summary());
		summary.getParent().layout(true, true);
		message.getParent().getParent().layout(true, true);
	}

	/** The day shown. */
	public LocalDate day() {
		return day;
	}

	/** The rows shown, in order. */
	public List<R> rows() {
		return Collections.unmodifiableList(rows);
	}

	public List<String> headers() {
		return columns.stream().map(GridColumn::header).toList();
	}

	/** The board's name and day, e.g. "Zero-Report Board 2020-02-03". */
	@Override
	public String shownTitle() {
		return getPartName() + " " + day;
	}

	/** A board's cells are a value and its status in words, so they are written as the text shown. */
	@Override
	public List<ShownRows.Column> shownColumns() {
		return columns.stream().map(c -> ShownRows.Column.text(c.header())).toList();
	}

	@Override
	public List<List<String>> shownRows() {
		List<List<String>> shown = new ArrayList<>();
		for (R row : rows) {
			List<String> cells = new ArrayList<>(columns.size());
			for (GridColumn<R> column : columns) {
				cells.add(column.cell(row).text());
			}
			shown.add(cells);
		}
		return shown;
	}

	/** A cell as the grid shows it. */
	public GridCell cellAt(R row, int column) {
		return columns.get(column).cell(row);
	}

	/** The index of the column with a header, for typing into it by name. */
	public int column(String header) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).header().equals(header)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + header + " in " + getPartName() + "; there are " + headers());
	}

	/** The summary line as shown. */
	public String summaryText() {
		return summary.getText();
	}

	/** Why the last typed value was refused, or empty. */
	public String messageText() {
		return message.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			saveChanges();
			showDay(day);
		} catch (RuntimeException e) {
			String reason = TableEditing.isConflict(e) ? GridMessages.savedByOthers : TableEditing.rootMessage(e);
			MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(GridMessages.notSaved, reason));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// One database: there is nowhere else to save to.
	}

	@Override
	public boolean isDirty() {
		return hasChanges();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (otherDesks != null) {
			otherDesks.close();
		}
		if (read != null) {
			read.dispose();
		}
		history().dispose(undoContext, true, true, true);
		super.dispose();
	}

	private static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}
}
