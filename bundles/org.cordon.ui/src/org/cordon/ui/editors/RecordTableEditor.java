package org.cordon.ui.editors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.services.records.RecordService;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;

/**
 * The shared editor of one record kind: a sortable, filterable table whose cells are edited in
 * place (Enter or double-click; Tab moves on) and checked by the same column definitions as CSV
 * import and by the record's own rules. Every change is an operation on the workbench's history
 * (Edit > Undo/Redo); Save writes the changed records in one transaction.
 */
public class RecordTableEditor extends EditorPart {

	public static final String ID = "org.cordon.ui.editors.recordTable";

	private final IUndoContext undoContext = new ObjectUndoContext(this, "record table");
	private final Set<CordonEntity> changed = Collections.newSetFromMap(new IdentityHashMap<>());
	private RecordFormat<CordonEntity> format;
	private RecordService service;
	private RecordStore lookups;
	private List<CordonEntity> records = List.of();
	private TableViewer viewer;
	private Text filter;
	private Label message;
	private int sortColumn = 0;
	private int sortDirection = SWT.UP;

	@Override
	@SuppressWarnings("unchecked")
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RecordKindEditorInput recordInput)) {
			throw new PartInitException("The record table edits record kinds, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			format = (RecordFormat<CordonEntity>) recordInput.format();
		} catch (IllegalArgumentException e) {
			throw new PartInitException(e.getMessage());
		}
		service = site.getService(RecordService.class);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter rows");
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(filter);
		message = new Label(body, SWT.NONE);
		message.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<ColumnSpec<CordonEntity>> columns = format.columns();
		for (int i = 0; i < columns.size(); i++) {
			addColumn(i, columns.get(i));
		}
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				ColumnSpec<CordonEntity> column = format.columns().get(sortColumn);
				int order = compareCells(column.write((CordonEntity) a), column.write((CordonEntity) b));
				return sortDirection == SWT.UP ? order : -order;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (wanted.isEmpty()) {
					return true;
				}
				for (ColumnSpec<CordonEntity> column : format.columns()) {
					if (column.write((CordonEntity) element).toLowerCase(Locale.ROOT).contains(wanted)) {
						return true;
					}
				}
				return false;
			}
		});
		filter.addModifyListener(e -> viewer.refresh());
		enableKeyboardEditing();
		getSite().setSelectionProvider(viewer);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		load();
	}

	/** Numbers sort as numbers, everything else as text. */
	private static int compareCells(String a, String b) {
		if (a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")) {
			return Long.compare(Long.parseLong(a), Long.parseLong(b));
		}
		return a.compareTo(b);
	}

	private void addColumn(int index, ColumnSpec<CordonEntity> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.name());
		tableColumn.setWidth(Math.max(90, column.name().length() * 9));
		tableColumn.setMoveable(true);
		tableColumn.addListener(SWT.Selection, e -> sortBy(index, tableColumn));
		viewerColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> column.write((CordonEntity) element)));
		if (index == 0 && column.name().equals("code")) {
			return; // a record's code never changes
		}
		viewerColumn.setEditingSupport(new EditingSupport(viewer) {
			private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return column.write((CordonEntity) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (!value.equals(column.write((CordonEntity) element))) {
					edit((CordonEntity) element, column.name(), (String) value);
				}
			}
		});
	}

	private void sortBy(int index, TableColumn column) {
		sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = index;
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(sortDirection);
		viewer.refresh();
	}

	private void enableKeyboardEditing() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
						|| (event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.F2));
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** Reads the records again from the database; unsaved changes are dropped. */
	public void load() {
		records = new ArrayList<>(service.all(format.type()));
		lookups = service.lookups();
		changed.clear();
		OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, false);
		viewer.setInput(records);
		message.setText("");
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * Changes one cell as if typed, through the workbench's operation history.
	 *
	 * @return why the text was refused, or {@code null} when it was taken
	 */
	public String edit(CordonEntity record, String columnName, String text) {
		int index = format.header().indexOf(columnName);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + columnName + " in " + format.name());
		}
		String old = format.columns().get(index).write(record);
		EditCellOperation operation = new EditCellOperation("Change " + columnName, undoContext, this::write, record, index, old, text);
		try {
			IStatus status = OperationHistoryFactory.getOperationHistory().execute(operation, null, null);
			return status.isOK() ? null : status.getMessage();
		} catch (ExecutionException e) {
			return e.getMessage();
		}
	}

	private String write(Object target, int index, String text) {
		CordonEntity record = (CordonEntity) target;
		ColumnSpec<CordonEntity> column = format.columns().get(index);
		String old = column.write(record);
		String refused = apply(record, column, text);
		if (refused == null) {
			try {
				record.validate();
			} catch (InvalidValueException e) {
				apply(record, column, old);
				refused = e.getField() + ": " + e.getReason(Locale.getDefault());
			}
		}
		if (refused != null) {
			message.setText(refused);
			return refused;
		}
		message.setText("");
		changed.add(record);
		viewer.update(record, null);
		firePropertyChange(PROP_DIRTY);
		return null;
	}

	private String apply(CordonEntity record, ColumnSpec<CordonEntity> column, String text) {
		try {
			Object value;
			if (text.isEmpty()) {
				if (!column.optional()) {
					return column.name() + ": a value is required";
				}
				value = null;
			} else {
				value = column.read(text, lookups);
			}
			column.apply(record, value);
			return null;
		} catch (CellException e) {
			return column.name() + ": " + e.getMessage();
		} catch (InvalidValueException e) {
			return column.name() + ": " + e.getReason(Locale.getDefault());
		}
	}

	public List<CordonEntity> records() {
		return Collections.unmodifiableList(records);
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			service.saveAll(new ArrayList<>(changed));
			load();
		} catch (RuntimeException e) {
			String reason = conflict(e) ? "Someone else changed one of these records since you opened them. Your changes were not saved;"
					+ " reload to see theirs (File > Revert is coming with the conflict dialog)." : rootMessage(e);
			MessageDialog.openError(getSite().getShell(), "Cordon", "The changes could not be saved: " + reason);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	private static boolean conflict(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof jakarta.persistence.OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
	}

	@Override
	public void doSaveAs() {
		// One database: there is nowhere else to save to.
	}

	@Override
	public boolean isDirty() {
		return !changed.isEmpty();
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
		OperationHistoryFactory.getOperationHistory().dispose(undoContext, true, true, true);
		super.dispose();
	}

	/** The workbench's shared history, for tests and for the group bundles' own operations. */
	public static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}
}
