package org.cordon.ui.editors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.services.records.RecordInUseException;
import org.cordon.services.records.RecordService;
import org.cordon.services.records.TableQueries;
import org.cordon.services.records.TableQuery;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.cordon.io.transfer.CellType.Shape;
import org.cordon.ui.labels.RecordLabels;
import org.cordon.ui.transfer.ShownRows;
import org.cordon.ui.transfer.ShownRowsContributions;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;

/**
 * The shared editor of one record kind: a sortable, filterable table (master) over a form of the
 * selected record's fields (detail). Cells and fields are read and checked by the same column
 * definitions as CSV import and then by the record's own rules. A refused value stays where it
 * was typed, marked, and listed in the Problems view (double-click leads back to it); Save is
 * refused while any problem is left. Every change, added or deleted record is an operation on the
 * workbench's history (Edit > Undo/Redo); Save writes all of them in one transaction, and a
 * record another desk saved in between is shown side by side for the user to decide.
 */
public class RecordTableEditor extends EditorPart implements ShownRows {

	public static final String ID = "org.cordon.ui.editors.recordTable";

	/** A value the record refused: the text as typed, and why. */
	record CellProblem(String text, String reason) {
	}

	private final IUndoContext undoContext = new ObjectUndoContext(this, "record table");
	// Records have no equals of their own: a linked set of them is an identity set in the order they changed.
	private final Set<CordonEntity> changed = new java.util.LinkedHashSet<>();
	private final Map<CordonEntity, Set<Integer>> editedColumns = new IdentityHashMap<>();
	private final Map<CordonEntity, Map<Integer, CellProblem>> problems = new IdentityHashMap<>();
	private final List<CordonEntity> deleted = new ArrayList<>();
	private RecordFormat<CordonEntity> format;
	private RecordKindEditorInput recordInput;
	private RecordService service;
	private RecordStore lookups;
	private PagedRecords records = PagedRecords.empty();
	private Label rowCount;
	/** The read of rows running now; a newer one makes its result stale. */
	private LatestRead read;
	/** Whether the rows of the read under way are shown, its first screen at least. */
	private boolean firstScreenShown;
	private String readFailure;
	private java.time.LocalDateTime readAsOf;
	private final RowFetcher fetcher = new RowFetcher();
	private TableViewer viewer;
	private SashForm sash;
	private final CurrentViewerSelection selectionProvider = new CurrentViewerSelection();
	private MenuManager contextMenu;
	private RecordDetailsSection details;
	private Text filter;
	private Label message;
	private int sortColumn = 0;
	private int sortDirection = SWT.UP;
	private SaveConflict.Resolver conflictResolver;

	@Override
	@SuppressWarnings("unchecked")
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		String kind = RecordEditorMatchingStrategy.kindOf(input);
		if (kind == null) {
			throw new PartInitException(NLS.bind(EditorMessages.notARecordKind, input.getName()));
		}
		recordInput = input instanceof RecordKindEditorInput given ? given : new RecordKindEditorInput(kind, null);
		setSite(site);
		setInput(recordInput);
		setPartName(recordInput.getName());
		try {
			format = (RecordFormat<CordonEntity>) recordInput.format();
		} catch (IllegalArgumentException e) {
			throw new PartInitException(e.getMessage());
		}
		service = site.getService(RecordService.class);
		conflictResolver = SaveConflictDialog.asking(site.getShell());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(7, false));
		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(EditorMessages.filterHint);
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(filter);
		Button add = new Button(body, SWT.PUSH);
		add.setText(EditorMessages.addRecord);
		add.setToolTipText(EditorMessages.addRecordTip);
		add.addListener(SWT.Selection, e -> addRecord());
		Button delete = new Button(body, SWT.PUSH);
		delete.setText(EditorMessages.deleteRecords);
		delete.setToolTipText(EditorMessages.deleteRecordsTip);
		delete.addListener(SWT.Selection, e -> deleteSelected());
		ShownRowsContributions.toolbar(getSite(), body);
		rowCount = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(rowCount);
		read = new LatestRead(body);
		read.createLink(body);
		message = new Label(body, SWT.WRAP);
		message.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(sash);
		List<ColumnSpec<CordonEntity>> columns = format.columns();
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			titles.add(columnTitle(columns.get(i)));
		}
		createViewer();
		contextMenu = ShownRowsContributions.contextMenu(getSite(), viewer.getControl(), selectionProvider);
		// Typing is read once the user pauses, not on every key: each read is a query.
		Runnable filterTyped = () -> {
			if (!filter.isDisposed()) {
				readRows();
			}
		};
		filter.addModifyListener(e -> filter.getDisplay().timerExec(FILTER_PAUSE_MS, filterTyped));

		IObservableValue<CordonEntity> selection = new WritableValue<>(null, CordonEntity.class);
		selectionProvider.addSelectionChangedListener(e -> selection.setValue(
				e.getStructuredSelection().getFirstElement() instanceof CordonEntity record ? record : null));
		details = new RecordDetailsSection(sash, titles, selection, new RecordDetailsSection.Cells() {
			@Override
			public String text(CordonEntity record, int column) {
				return cellText(record, column);
			}

			@Override
			public String edit(CordonEntity record, int column, String text) {
				return RecordTableEditor.this.edit(record, format.columns().get(column).name(), text);
			}

			@Override
			public String problem(CordonEntity record, int column) {
				CellProblem problem = problemAt(record, column);
				return problem == null ? null : problem.reason();
			}

			@Override
			public boolean editable(CordonEntity record, int column) {
				return isEditable(record, column);
			}

			@Override
			public List<String> choices(int column) {
				return choicesOf(column);
			}

			@Override
			public String choiceLabel(int column, String choice) {
				return RecordTableEditor.this.choiceLabel(format.columns().get(column), choice);
			}

			@Override
			public boolean optional(int column) {
				return format.columns().get(column).optional();
			}
		});
		sash.setWeights(65, 35);

		getSite().setSelectionProvider(selectionProvider);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		Action deleteAction = new Action(EditorMessages.deleteRecords) {
			@Override
			public void run() {
				deleteSelected();
			}
		};
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		fitColumns();
		load();
		otherDesks = org.cordon.ui.DatabaseChanges.onChange(getSite(), this::otherDesksChanged);
	}

	private static final int FILTER_PAUSE_MS = 300;

	private org.cordon.ui.DatabaseChanges.Subscription otherDesks;

	/**
	 * The database changed: an editor without unsaved changes shows the records as now stored,
	 * keeping the selected ones selected; one with unsaved changes keeps them and says that its
	 * save will be checked against the other desks' (the conflict dialog takes it from there).
	 */
	public void otherDesksChanged() {
		if (viewer == null || viewer.getControl().isDisposed() || isLoading()) {
			return;
		}
		long changedByOthers;
		try {
			changedByOthers = service.changesSince(format.type(), readAsOf);
		} catch (RuntimeException e) {
			// The server is away for a moment: the next change noticed tries again.
			return;
		}
		if (changedByOthers == 0) {
			return;
		}
		if (isDirty()) {
			message.setText(NLS.bind(org.cordon.ui.database.DatabaseMessages.Changes_whileEditing, changedByOthers));
			message.getParent().layout();
			return;
		}
		load();
	}

	/**
	 * The table and its viewer: columns, labels, editing, tooltips, keys. Made again by
	 * {@link #replaceTable()}; what the part hands out (selection, context menu) stays the same.
	 */
	private void createViewer() {
		// Virtual: an item exists for a row only once it is scrolled into view, and its record is read then.
		viewer = new LargeTableViewer(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index >= records.size()) {
					return;
				}
				CordonEntity record = records.peek(index);
				if (record != null) {
					viewer.replace(record, index);
				} else {
					fetcher.want(index);
				}
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		List<ColumnSpec<CordonEntity>> columns = format.columns();
		for (int i = 0; i < columns.size(); i++) {
			addColumn(i, columns.get(i));
		}
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && viewer.getColumnViewerEditor().getFocusCell() != null && !viewer.isCellEditorActive()) {
				deleteSelected();
			}
		});
		TableEditing.enableKeyboardEditing(viewer);
		selectionProvider.show(viewer);
	}

	/**
	 * A fresh table in place of the one shown, with its columns' order, widths and sort: emptying
	 * a table of 1,360,000 rows took GTK 2.5 s, and destroying it 0.8 s. So the big table is not
	 * destroyed but hidden, rows and all, and shown again when a read gives it back about as many
	 * rows (a filter cleared): GTK's rows then need not be made again either (2.4 s).
	 */
	private void replaceTable() {
		TableViewer old = viewer;
		boolean focused = old.getTable().isFocusControl();
		createViewer();
		viewer.getTable().moveAbove(old.getTable());
		if (spare != null) {
			spare.getTable().dispose();
		}
		spare = old;
		swapTables(old, viewer, focused);
	}

	/** The hidden big table shown again in place of the one shown, which is disposed. */
	private void bringBackSpare() {
		TableViewer shown = viewer;
		boolean focused = shown.getTable().isFocusControl();
		viewer = spare;
		spare = null;
		viewer.getTable().moveAbove(shown.getTable());
		viewer.getTable().clearAll(); // its items still hold the records of its last read
		selectionProvider.show(viewer);
		swapTables(shown, viewer, focused);
		shown.getTable().dispose();
	}

	/**
	 * Shows {@code to} where {@code from} was, with its columns' order, widths and sort, and the
	 * sash's weights; {@code from} is hidden (a hidden child keeps a weight, and takes no room).
	 */
	private void swapTables(TableViewer from, TableViewer to, boolean focused) {
		Table old = from.getTable();
		Table fresh = to.getTable();
		Map<Control, Integer> weights = new HashMap<>();
		Control[] before = sashControls();
		int[] weightsBefore = sash.getWeights();
		for (int i = 0; i < before.length && i < weightsBefore.length; i++) {
			weights.put(before[i], weightsBefore[i]);
		}
		weights.put(fresh, weights.getOrDefault(old, 1));
		old.setMenu(null); // the menu is the part's, not the table's: a disposed table disposes its menu
		fresh.setMenu(contextMenu.getMenu());
		for (int i = 0; i < old.getColumnCount() && i < fresh.getColumnCount(); i++) {
			fresh.getColumn(i).setWidth(old.getColumn(i).getWidth());
		}
		fresh.setColumnOrder(old.getColumnOrder());
		TableColumn sorted = old.getSortColumn();
		fresh.setSortColumn(sorted == null ? null : fresh.getColumn(old.indexOf(sorted)));
		fresh.setSortDirection(old.getSortDirection());
		old.setVisible(false);
		fresh.setVisible(true);
		Control[] after = sashControls();
		int[] weightsAfter = new int[after.length];
		for (int i = 0; i < after.length; i++) {
			weightsAfter[i] = Math.max(1, weights.getOrDefault(after[i], 1));
		}
		sash.setWeights(weightsAfter);
		sash.layout(true);
		if (focused) {
			fresh.setFocus();
		}
	}

	/** The sash's controls in the order its weights are given (its sashes left out). */
	private Control[] sashControls() {
		return java.util.Arrays.stream(sash.getChildren()).filter(c -> !(c instanceof org.eclipse.swt.widgets.Sash)).toArray(Control[]::new);
	}

	/** The big table hidden while a read shows far fewer rows, or null (see {@link #replaceTable()}). */
	private TableViewer spare;

	/** A table that loses more rows than this in one read is replaced, not emptied (see {@link #replaceTable()}). */
	private static final int REPLACED_ABOVE = 50_000;

	/** Columns as wide as their header, within reason; the user's widths win after that. */
	private void fitColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
			column.setWidth(Math.clamp(column.getWidth() + 12, 80, 320));
		}
	}

	/** The heading of a column in the workbench's language; the CSV name is the fallback where no label is known. */
	private String columnTitle(ColumnSpec<?> column) {
		return RecordLabels.current().columnLabel(format.name(), column.name());
	}

	private final Map<Integer, List<String>> choices = new HashMap<>();

	/**
	 * What a column's cells offer to pick from. A reference to more records than a list can offer
	 * is typed as a code: counted, not read (a temperature report's key person is one of 20,000).
	 */
	private List<String> choicesOf(int column) {
		return choices.computeIfAbsent(column, c -> {
			Class<? extends CordonEntity> referenced = format.shapes().get(c).referenced();
			if (referenced != null && service.count(referenced) > RecordDetailsSection.MAX_CHOICES) {
				return List.of();
			}
			return format.columns().get(c).suggestions(lookups());
		});
	}

	private RecordStore lookups() {
		if (lookups == null) {
			lookups = service.lookups();
		}
		return lookups;
	}

	/** What a cell holds as the user types it: the refused text when there is one, else the value. */
	String cellText(CordonEntity record, int column) {
		CellProblem problem = problemAt(record, column);
		return problem != null ? problem.text() : format.columns().get(column).write(record);
	}

	/**
	 * What a cell shows: a referenced record by its name rather than its code, a choice and yes/no
	 * in the workbench's language; what one types stays the CSV text.
	 */
	String shownText(CordonEntity record, int column) {
		if (problemAt(record, column) != null) {
			return cellText(record, column);
		}
		return storedText(format, record, column);
	}

	/** What a cell of a record without problems shows; it touches nothing of the editor's, so any thread may ask. */
	private static String storedText(RecordFormat<CordonEntity> format, CordonEntity record, int column) {
		Object value = format.columns().get(column).value(record);
		if (value instanceof CordonEntity referenced) {
			return referenced.getDisplayName();
		}
		if (value instanceof Enum<?> choice) {
			return RecordLabels.current().choiceLabel(choice);
		}
		if (value instanceof Boolean yes) {
			return RecordLabels.current().booleanLabel(yes);
		}
		return format.columns().get(column).write(record);
	}

	/**
	 * How a choice is offered: yes/no and enumerations in the workbench's language, a referenced
	 * record by its code and name. The word itself is what the record takes.
	 */
	String choiceLabel(ColumnSpec<CordonEntity> column, String word) {
		if (word.isEmpty()) {
			return word;
		}
		try {
			Object value = column.read(word, lookups());
			if (value instanceof Enum<?> choice) {
				return RecordLabels.current().choiceLabel(choice);
			}
			if (value instanceof Boolean yes) {
				return RecordLabels.current().booleanLabel(yes);
			}
			if (value instanceof CordonEntity referenced && !referenced.getDisplayName().equals(word)) {
				return word + "  " + referenced.getDisplayName();
			}
		} catch (CellException e) {
			// Not a value of this column (cannot happen for its own suggestions): offer the word as it is.
		}
		return word;
	}

	private CellProblem problemAt(CordonEntity record, int column) {
		Map<Integer, CellProblem> cells = problems.get(record);
		return cells == null ? null : cells.get(column);
	}

	private boolean isEditable(CordonEntity record, int column) {
		if (isLoading()) {
			return false; // the rows are about to be replaced by those being read
		}
		return !(column == 0 && !format.derivesCode() && record.getId() != null); // a stored record's code never changes
	}

	private void addColumn(int index, ColumnSpec<CordonEntity> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
		TableColumn tableColumn = viewerColumn.getColumn();
		String title = columnTitle(column);
		tableColumn.setText(title);
		tableColumn.setToolTipText(column.name());
		tableColumn.setWidth(Math.max(90, title.length() * 9));
		tableColumn.setMoveable(true);
		tableColumn.addListener(SWT.Selection, e -> sortBy(index, tableColumn));
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return shownText((CordonEntity) element, index);
			}

			@Override
			public Color getForeground(Object element) {
				return problemAt((CordonEntity) element, index) == null ? null
						: JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR);
			}

			@Override
			public Image getImage(Object element) {
				return problemAt((CordonEntity) element, index) == null ? null
						: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			}

			@Override
			public String getToolTipText(Object element) {
				CellProblem problem = problemAt((CordonEntity) element, index);
				if (problem != null) {
					return problem.reason();
				}
				String typed = cellText((CordonEntity) element, index);
				return typed.equals(getText(element)) ? null : typed; // the code or word one types for it
			}
		});
		viewerColumn.setEditingSupport(new EditingSupport(viewer) {
			private final List<String> choices = choicesOf(index);
			private final List<String> words = withBlank(column, choices);
			private final List<String> labels = words.stream().map(word -> choiceLabel(column, word)).toList();
			private final CellEditor editor = choices.isEmpty() || choices.size() > RecordDetailsSection.MAX_CHOICES ? new TextCellEditor(viewer.getTable())
					: new ComboBoxCellEditor(viewer.getTable(), labels.toArray(String[]::new), SWT.NONE);

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return isEditable((CordonEntity) element, index);
			}

			@Override
			protected Object getValue(Object element) {
				String text = cellText((CordonEntity) element, index);
				if (editor instanceof ComboBoxCellEditor) {
					int at = words.indexOf(text);
					return at < 0 ? 0 : at;
				}
				return text;
			}

			@Override
			protected void setValue(Object element, Object value) {
				String text;
				if (editor instanceof ComboBoxCellEditor combo) {
					int at = (Integer) value;
					if (at < 0) {
						// Typed rather than picked: a shown label or the word itself.
						String typed = ((org.eclipse.swt.custom.CCombo) combo.getControl()).getText().strip();
						at = labels.indexOf(typed);
						text = at >= 0 ? words.get(at) : typed;
					} else {
						text = words.get(at);
					}
				} else {
					text = (String) value;
				}
				if (!text.equals(cellText((CordonEntity) element, index))) {
					edit((CordonEntity) element, column.name(), text);
				}
			}
		});
	}

	private static List<String> withBlank(ColumnSpec<?> column, List<String> choices) {
		if (!column.optional()) {
			return choices;
		}
		List<String> items = new ArrayList<>(choices.size() + 1);
		items.add("");
		items.addAll(choices);
		return items;
	}

	private void sortBy(int index, TableColumn column) {
		sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = index;
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(sortDirection);
		readRows();
	}

	/** Reads the records again from the database; unsaved changes are dropped. */
	public void load() {
		lookups = null;
		changed.clear();
		editedColumns.clear();
		problems.clear();
		deleted.clear();
		history().dispose(undoContext, true, true, false);
		message.setText("");
		changedProblems();
		firePropertyChange(PROP_DIRTY);
		readRows();
	}

	/**
	 * Reads which rows the table shows, as sorted and filtered now, in a job: the ids of the
	 * stored records that match and the records of the first screen. The unsaved changes stay:
	 * changed records in their rows, new ones at the end whatever the filter, deleted ones out.
	 */
	private void readRows() {
		TableQuery query = TableQueries.of(format, RecordLabels.current(), filter.getText(), sortColumn, sortDirection == SWT.UP);
		readFailure = null;
		firstScreenShown = false;
		rowCount.setText(EditorMessages.rowsLoading);
		rowCount.getParent().layout(new Control[] { rowCount });
		// The first screen first where an index gives it at once, into a table that shows next to
		// nothing yet (one that shows a million rows keeps them until all the new ids are there:
		// shrinking it to a screen and growing it again would cost GTK seconds).
		boolean firstScreenFirst = viewer.getTable().getItemCount() <= PagedRecords.PAGE;
		read.start(NLS.bind(EditorMessages.rowsLoadingJob, getPartName()), reading -> {
			java.time.LocalDateTime asOf = service.lastChange().orElse(null);
			long[] firstPage = firstScreenFirst ? service.firstIds(query, PagedRecords.PAGE) : new long[0];
			if (firstPage.length > 0 && !reading.isCanceled()) {
				List<? extends CordonEntity> firstPageRecords = service.byIds(format.type(), firstPage);
				reading.meanwhile(() -> showRows(new Rows(firstPage, firstPage, firstPageRecords, asOf), false));
			}
			if (reading.isCanceled()) {
				throw new org.eclipse.core.runtime.OperationCanceledException();
			}
			long[] ids = service.ids(query);
			if (reading.isCanceled()) {
				throw new org.eclipse.core.runtime.OperationCanceledException();
			}
			long[] first = java.util.Arrays.copyOf(ids, Math.min(ids.length, PagedRecords.PAGE));
			return new Rows(ids, first, service.byIds(format.type(), first), asOf);
		}, new LatestRead.Outcome<Rows>() {
			@Override
			public void read(Rows rows) {
				showRows(rows, true);
			}

			@Override
			public void failed(Exception e) {
				readFailed(e);
			}

			@Override
			public void cancelled() {
				rowCount.setText(EditorMessages.readCancelled);
				rowCount.getParent().layout(new Control[] { rowCount });
				whenRead.clear();
			}
		}, this::readRows);
	}

	/** What a read of the table found: the ids of its rows, and the records of the first ones. */
	private record Rows(long[] ids, long[] first, List<? extends CordonEntity> firstRecords, java.time.LocalDateTime asOf) {
	}

	/**
	 * Shows the rows of a read: its first screen while the other ids are still being read
	 * ({@code complete} false: the table stays loading, edits wait), or all of them.
	 */
	private void showRows(Rows read, boolean complete) {
		firstScreenShown = true;
		readAsOf = read.asOf();
		PagedRecords rows = new PagedRecords(read.ids(), wanted -> service.byIds(format.type(), wanted));
		rows.accept(read.first(), read.firstRecords());
		java.util.Set<Long> gone = new HashSet<>();
		for (CordonEntity record : deleted) {
			gone.add(record.getId());
		}
		for (CordonEntity record : changed) {
			if (record.getId() == null) {
				rows.add(record); // a record being added is never filtered away from under the user
			} else {
				rows.hold(record);
			}
		}
		if (!gone.isEmpty()) {
			for (int i = rows.storedSize() - 1; i >= 0; i--) {
				// ids only: a deleted record's row is found without reading any other
				if (gone.contains(rows.idAt(i))) {
					rows.remove(i);
				}
			}
		}
		List<CordonEntity> selected = selectedRecords();
		records = rows;
		fetcher.reset();
		int shown = viewer.getTable().getItemCount();
		if (shown - records.size() > REPLACED_ABOVE) {
			replaceTable();
		} else if (records.size() - shown > REPLACED_ABOVE && spare != null
				&& Math.abs(spare.getTable().getItemCount() - records.size()) <= REPLACED_ABOVE) {
			bringBackSpare();
		}
		// A table that loses fewer rows than that loses them in resizeTable's one call: GTK removes
		// a row in some 3 µs, where emptying it and making its rows again took 5 s at a million.
		viewer.setInput(records);
		viewer.refresh();
		resizeTable(records.size(), () -> rowsShown(rows, selected, complete));
	}

	/**
	 * GTK makes a native row for each item of even a virtual table, and SWT's removal of rows is
	 * slow (measured with a bare table of 1,360,000 rows: 2.8 s to add them at once, 2.4 s in steps
	 * of 100,000; 4.4 s to remove all but 450 at once, 386 s in steps; 2.5 s to remove all). So a
	 * table that shrinks is emptied in one call, and the item count then grows in steps between
	 * events: the window stays live, the rows in view are right from the first step, and the table
	 * is loading until the count is reached.
	 */
	private void resizeTable(int target, Runnable then) {
		int generation = ++resizeGeneration;
		Table table = viewer.getTable();
		resizing = true;
		Runnable step = new Runnable() {
			@Override
			public void run() {
				if (table.isDisposed() || generation != resizeGeneration) {
					return; // a newer read resizes it
				}
				int current = table.getItemCount();
				if (current == target) {
					resizing = false;
					then.run();
					return;
				}
				int next = Math.min(target, current + RESIZE_STEP);
				viewer.setItemCount(next);
				table.getDisplay().asyncExec(this);
			}
		};
		step.run();
	}

	/** Rows added to the table between two events: a fifth of a second's work for GTK. */
	private static final int RESIZE_STEP = 100_000;
	private int resizeGeneration;
	private boolean resizing;

	private void rowsShown(PagedRecords rows, List<CordonEntity> selected, boolean complete) {
		List<CordonEntity> kept = new ArrayList<>();
		for (CordonEntity record : selected) {
			int at = record.getId() == null ? records.indexOf(record) : rows.indexOfId(record.getId());
			if (at >= 0) {
				kept.add(records.get(at));
			}
		}
		if (!kept.isEmpty()) {
			select(kept);
		}
		if (!complete) {
			return;
		}
		rowCount.setText(NLS.bind(EditorMessages.rowsShown, String.format(Locale.getDefault(), "%,d", records.size())));
		rowCount.getParent().layout(new Control[] { rowCount });
		List<Runnable> waiting = List.copyOf(whenRead);
		whenRead.clear();
		waiting.forEach(Runnable::run);
	}

	private void readFailed(Exception e) {
		readFailure = TableEditing.rootMessage(e);
		rowCount.setText("");
		message.setText(NLS.bind(EditorMessages.rowsNotRead, readFailure));
		message.getParent().layout();
	}

	/** How many records the table holds in memory (read for rows in view, and changed ones): a few pages, not the kind. */
	public int readCount() {
		return records.readCount();
	}

	/** Whether the table is still reading which rows it shows (or making them). */
	public boolean isLoading() {
		return read.isRunning() || resizing;
	}

	/** Whether the rows shown are those of the latest read: all of them, or its first screen while the rest is read. */
	public boolean showsLatestRows() {
		return !isLoading() || firstScreenShown;
	}

	/** Why the rows could not be read, or {@code null}. */
	public String readFailure() {
		return readFailure;
	}

	/** The selected records; rows not yet read are left out. */
	private List<CordonEntity> selectedRecords() {
		List<CordonEntity> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof CordonEntity record) {
				selected.add(record);
			}
		}
		return selected;
	}

	/**
	 * Selects records and shows the first: their rows are given their records first, so that the
	 * viewer finds them without creating every item in between.
	 */
	public void select(List<CordonEntity> wanted) {
		for (CordonEntity record : wanted) {
			int at = records.indexOf(record);
			if (at >= 0) {
				viewer.replace(record, at);
			}
		}
		viewer.setSelection(new StructuredSelection(wanted), true);
	}

	/**
	 * Reads the records of rows scrolled into view, a page at a time in a job, and gives them to
	 * their rows; rows asked for while a page is read wait for the next.
	 */
	private final class RowFetcher {
		private final java.util.Set<Integer> wantedPages = new java.util.LinkedHashSet<>();
		private Job job;
		private int generation;

		void want(int index) {
			wantedPages.add(index / PagedRecords.PAGE);
			if (job == null) {
				fetchNext();
			}
		}

		void reset() {
			wantedPages.clear();
			generation++;
		}

		private void fetchNext() {
			java.util.Iterator<Integer> next = wantedPages.iterator();
			if (!next.hasNext()) {
				job = null;
				return;
			}
			int page = next.next();
			next.remove();
			int firstRow = page * PagedRecords.PAGE;
			if (firstRow >= records.size()) {
				fetchNext();
				return;
			}
			long[] missing = records.missingAround(firstRow);
			if (missing.length == 0) {
				refreshRows(firstRow);
				fetchNext();
				return;
			}
			int of = generation;
			PagedRecords into = records;
			Display display = viewer.getControl().getDisplay();
			job = Job.create(NLS.bind(EditorMessages.rowsLoadingJob, getPartName()), monitor -> {
				List<? extends CordonEntity> read;
				try {
					read = service.byIds(format.type(), missing);
				} catch (RuntimeException e) {
					display.asyncExec(() -> {
						if (!message.isDisposed()) {
							message.setText(NLS.bind(EditorMessages.rowsNotRead, TableEditing.rootMessage(e)));
						}
						job = null;
					});
					return Status.OK_STATUS; // said in the editor; the rows stay empty until scrolled again
				}
				display.asyncExec(() -> {
					job = null;
					if (viewer.getControl().isDisposed()) {
						return;
					}
					if (of == generation && into == records) {
						records.accept(missing, read);
						refreshRows(firstRow);
					}
					fetchNext();
				});
				return Status.OK_STATUS;
			});
			job.setSystem(true);
			job.schedule();
		}

		/** Gives the rows of a page their records, where they are read. */
		private void refreshRows(int firstRow) {
			int end = Math.min(records.size(), firstRow + PagedRecords.PAGE);
			for (int i = firstRow; i < end; i++) {
				CordonEntity record = records.peek(i);
				if (record != null) {
					viewer.replace(record, i);
				}
			}
		}
	}

	/**
	 * Changes one cell as if typed, through the workbench's operation history. A refused text
	 * stays in the cell, marked as a problem, until it is corrected or undone.
	 *
	 * @return why the text was refused, or {@code null} when it was taken
	 */
	public String edit(CordonEntity record, String columnName, String text) {
		int index = format.header().indexOf(columnName);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + columnName + " in " + format.name());
		}
		if (isLoading()) {
			return EditorMessages.rowsLoading;
		}
		EditCellOperation operation = new EditCellOperation(NLS.bind(EditorMessages.changeField, columnTitle(format.columns().get(index))),
				undoContext, this::write, record, index, cellText(record, index), text);
		try {
			history().execute(operation, null, null);
			return operation.refusal();
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
				// Only a rule about this very field refuses the text; an incomplete new record is completed field by field.
				if (column.name().equals(e.getField())) {
					apply(record, column, old);
					refused = e.getReason(Locale.getDefault());
				}
			}
		}
		Map<Integer, CellProblem> cells = problems.computeIfAbsent(record, r -> new HashMap<>());
		if (refused != null) {
			cells.put(index, new CellProblem(text, refused));
			message.setText(columnTitle(column) + ": " + refused);
		} else {
			cells.remove(index);
			message.setText("");
		}
		if (cells.isEmpty()) {
			problems.remove(record);
		}
		changed.add(record);
		records.hold(record);
		editedColumns.computeIfAbsent(record, r -> new HashSet<>()).add(index);
		viewer.update(record, null);
		changedProblems();
		firePropertyChange(PROP_DIRTY);
		return refused;
	}

	private String apply(CordonEntity record, ColumnSpec<CordonEntity> column, String text) {
		try {
			Object value;
			if (text.isEmpty()) {
				if (!column.optional()) {
					return EditorMessages.valueRequired;
				}
				value = null;
			} else {
				value = column.read(text, lookups());
			}
			column.apply(record, value);
			return null;
		} catch (CellException e) {
			return e.getReason(Locale.getDefault());
		} catch (InvalidValueException e) {
			return e.getReason(Locale.getDefault());
		}
	}

	/** Adds an empty record at the end, selected, its first cell ready for typing. */
	public CordonEntity addRecord() {
		CordonEntity record = format.newRecord();
		execute(new AbstractOperation(EditorMessages.addRecord) {
			{
				addContext(undoContext);
			}

			@Override
			public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
				records.add(record);
				changed.add(record);
				rowsChanged();
				select(List.of(record));
				changedRecords();
				return Status.OK_STATUS;
			}

			@Override
			public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
				return execute(monitor, info);
			}

			@Override
			public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
				records.remove(record);
				changed.remove(record);
				problems.remove(record);
				rowsChanged();
				changedRecords();
				return Status.OK_STATUS;
			}
		});
		if (viewer.getTable().getColumnCount() > 0) {
			viewer.editElement(record, 0);
		}
		return record;
	}

	/** Deletes the selected records; they go from the database when the editor is saved. */
	public void deleteSelected() {
		List<CordonEntity> selected = selectedRecords();
		if (selected.isEmpty()) {
			return;
		}
		Map<CordonEntity, Integer> positions = new LinkedHashMap<>();
		for (CordonEntity record : selected) {
			positions.put(record, records.indexOf(record));
		}
		execute(new AbstractOperation(NLS.bind(EditorMessages.deleteCount, selected.size())) {
			private final Map<CordonEntity, Map<Integer, CellProblem>> removedProblems = new IdentityHashMap<>();
			private final Set<CordonEntity> wasChanged = Collections.newSetFromMap(new IdentityHashMap<>());
			{
				addContext(undoContext);
			}

			@Override
			public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
				for (CordonEntity record : positions.keySet()) {
					records.remove(record);
					records.release(record);
					if (changed.remove(record)) {
						wasChanged.add(record);
					}
					Map<Integer, CellProblem> cells = problems.remove(record);
					if (cells != null) {
						removedProblems.put(record, cells);
					}
					if (record.getId() != null) {
						deleted.add(record);
					}
				}
				rowsChanged();
				changedRecords();
				return Status.OK_STATUS;
			}

			@Override
			public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
				return execute(monitor, info);
			}

			@Override
			public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
				positions.forEach((record, at) -> {
					records.add(Math.min(at, records.size()), record);
					deleted.remove(record);
				});
				changed.addAll(wasChanged);
				wasChanged.forEach(records::hold);
				problems.putAll(removedProblems);
				rowsChanged();
				select(List.copyOf(positions.keySet()));
				changedRecords();
				return Status.OK_STATUS;
			}
		});
	}

	/** After rows came or went: as many items as rows, the shown ones given their records again. */
	private void rowsChanged() {
		viewer.setItemCount(records.size());
		viewer.refresh();
		rowCount.setText(NLS.bind(EditorMessages.rowsShown, String.format(Locale.getDefault(), "%,d", records.size())));
	}

	private void execute(IUndoableOperation operation) {
		try {
			history().execute(operation, null, null);
		} catch (ExecutionException e) {
			message.setText(e.getMessage());
		}
	}

	private void changedRecords() {
		changedProblems();
		firePropertyChange(PROP_DIRTY);
	}

	/** After problems came or went: the table, the form and the Problems view show the same. */
	private void changedProblems() {
		details.refresh();
		List<RecordProblemMarkers.Problem> listed = new ArrayList<>();
		// in the order of the rows: only records with problems are looked up, never every row
		List<CordonEntity> withProblems = new ArrayList<>(problems.keySet());
		Map<CordonEntity, Integer> rows = new IdentityHashMap<>();
		withProblems.forEach(record -> rows.put(record, records.indexOf(record)));
		withProblems.sort(java.util.Comparator.comparing(rows::get));
		for (CordonEntity record : withProblems) {
			Map<Integer, CellProblem> cells = problems.get(record);
			cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
				ColumnSpec<CordonEntity> column = format.columns().get(cell.getKey());
				listed.add(new RecordProblemMarkers.Problem(recordKey(record), column.name(),
						recordLabel(record) + " · " + columnTitle(column) + ": " + cell.getValue().reason()));
			});
		}
		RecordProblemMarkers.replace(format.name(), recordInput.getName(), listed);
	}

	private String recordKey(CordonEntity record) {
		return record.getCode() != null ? record.getCode() : "new-" + (records.indexOf(record) + 1);
	}

	private static String recordLabel(CordonEntity record) {
		String name = record.getDisplayName();
		return name == null || name.isBlank() ? NLS.bind(EditorMessages.newRecordLabel, record.getClass().getSimpleName()) : name;
	}

	/** The number of cells whose text the records refused, across the editor. */
	public int problemCount() {
		return problems.values().stream().mapToInt(Map::size).sum();
	}

	/** Selects the record a problem marker names and puts the focus on its field. */
	public void gotoMarker(IMarker marker) {
		String key = marker.getAttribute(RecordProblemMarkers.RECORD_CODE, "");
		int column = format.header().indexOf(marker.getAttribute(RecordProblemMarkers.COLUMN, ""));
		// a problem is always a record's changed here, so only those are searched
		problems.keySet().stream().filter(r -> recordKey(r).equals(key)).findFirst().ifPresent(record -> {
			if (!filter.getText().isEmpty()) {
				filter.setText("");
				readRows(); // at once, not after the typing pause
			}
			if (isLoading()) {
				// its row is known once the rows are read; the record (held, new or changed) is in them whatever the filter
				whenRead.add(() -> gotoRecord(record, column));
				return;
			}
			gotoRecord(record, column);
		});
	}

	private void gotoRecord(CordonEntity record, int column) {
		select(List.of(record));
		if (column >= 0) {
			details.field(column).setFocus();
		}
	}

	/** What waits for the rows being read: a marker's record to be selected, say. */
	private final List<Runnable> whenRead = new ArrayList<>();

	/**
	 * The rows' records in the table's order, read page by page as they are asked for: for
	 * saving, exporting and tests, never to show a table (that reads only the rows in view).
	 */
	public List<CordonEntity> records() {
		return Collections.unmodifiableList(records);
	}

	@Override
	public String shownTitle() {
		return getPartName();
	}

	/** The columns' titles; dates and numbers keep their shape, the rest is text as shown (names, labels). */
	@Override
	public List<ShownRows.Column> shownColumns() {
		List<ShownRows.Column> columns = new ArrayList<>();
		List<org.cordon.io.transfer.ColumnShape> shapes = format.shapes();
		for (int i = 0; i < format.columns().size(); i++) {
			Shape shape = shapes.get(i).shape();
			boolean kept = shape == Shape.DATE || shape == Shape.WHOLE || shape == Shape.DECIMAL;
			columns.add(new ShownRows.Column(columnTitle(format.columns().get(i)), kept ? shape : Shape.TEXT));
		}
		return columns;
	}

	/** The records the filter lets through, in the table's order, each cell as it reads. */
	@Override
	public List<List<String>> shownRows() {
		// Each row made when it is asked for: a writer going through a million rows holds a page, not the table.
		PagedRecords rows = records;
		return new java.util.AbstractList<>() {
			@Override
			public List<String> get(int index) {
				CordonEntity record = rows.get(index);
				List<String> cells = new ArrayList<>(format.columns().size());
				for (int i = 0; i < format.columns().size(); i++) {
					cells.add(shownText(record, i));
				}
				return cells;
			}

			@Override
			public int size() {
				return rows.size();
			}
		};
	}

	@Override
	public Snapshot shownSnapshot() {
		RecordFormat<CordonEntity> shownFormat = format;
		int columns = shownFormat.columns().size();
		Iterable<List<String>> rows = records.snapshot(record -> {
			List<String> cells = new ArrayList<>(columns);
			for (int i = 0; i < columns; i++) {
				cells.add(shownText(record, i));
			}
			return cells;
		}, record -> {
			List<String> cells = new ArrayList<>(columns);
			for (int i = 0; i < columns; i++) {
				cells.add(storedText(shownFormat, record, i));
			}
			return cells;
		});
		return new Snapshot(shownTitle(), shownColumns(), records.size(), rows);
	}

	/** The filter field above the table. */
	public Text filterField() {
		return filter;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The form field of a column, for tests. */
	public Control detailsField(String columnName) {
		return details.field(format.header().indexOf(columnName));
	}

	/** Whether the form marks a column's field as refused, for tests. */
	public boolean detailsDecorationShown(String columnName) {
		return details.decorationShown(format.header().indexOf(columnName));
	}

	/** The message line above the table: why a value or a save was refused. */
	public String message() {
		return message.getText();
	}

	/** Who decides a save conflict; a dialog unless a test says otherwise. */
	public void setConflictResolver(SaveConflict.Resolver resolver) {
		this.conflictResolver = Objects.requireNonNull(resolver);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!checkBeforeSave()) {
			cancel(monitor);
			return;
		}
		List<CordonEntity> toSave = List.copyOf(changed);
		try {
			service.saveChanges(toSave, List.copyOf(deleted));
			load();
		} catch (RecordInUseException e) {
			message.setText(NLS.bind(EditorMessages.notSaved, e.getMessage()));
			cancel(monitor);
		} catch (RuntimeException e) {
			if (TableEditing.isConflict(e)) {
				resolveConflicts(toSave, monitor);
			} else {
				message.setText(NLS.bind(EditorMessages.notSaved, TableEditing.rootMessage(e)));
				cancel(monitor);
			}
		}
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	/** Checks what single edits could not: completeness, the records' own rules, codes used twice. */
	private boolean checkBeforeSave() {
		// The codes new records would take, checked against the database once for all of them; a
		// record deleted here gives its code back, as the save deletes before it inserts.
		Set<String> wanted = new HashSet<>();
		for (CordonEntity record : changed) {
			if (record.getId() == null && !problems.containsKey(record)) {
				try {
					String key = format.keyOf(record);
					if (key != null) {
						wanted.add(key);
					}
				} catch (RuntimeException incomplete) {
					// key columns still empty: the completeness check below says so
				}
			}
		}
		Set<String> taken = new HashSet<>(wanted.isEmpty() ? Set.of() : service.codesInUse(format.type(), wanted));
		for (CordonEntity gone : deleted) {
			taken.remove(gone.getCode());
		}
		Map<String, CordonEntity> newByCode = new HashMap<>();
		for (CordonEntity record : List.copyOf(changed)) {
			if (problems.containsKey(record)) {
				continue;
			}
			for (int i = 0; i < format.columns().size(); i++) {
				ColumnSpec<CordonEntity> column = format.columns().get(i);
				if (!column.optional() && column.write(record).isEmpty()) {
					problems.computeIfAbsent(record, r -> new HashMap<>()).put(i, new CellProblem("", EditorMessages.valueRequired));
				}
			}
			if (problems.containsKey(record)) {
				continue;
			}
			try {
				record.validate();
			} catch (InvalidValueException e) {
				int column = Math.max(0, format.header().indexOf(e.getField()));
				problems.computeIfAbsent(record, r -> new HashMap<>()).put(column,
						new CellProblem(cellText(record, column), e.getReason(Locale.getDefault())));
				continue;
			}
			if (record.getId() == null) {
				String key = format.keyOf(record);
				CordonEntity other = newByCode.putIfAbsent(key, record);
				if (taken.contains(key) || (other != null && other != record)) {
					int column = 0;
					problems.computeIfAbsent(record, r -> new HashMap<>()).put(column,
							new CellProblem(cellText(record, column), NLS.bind(EditorMessages.codeTaken, format.keyOf(record))));
				}
			}
		}
		if (problems.isEmpty()) {
			return true;
		}
		viewer.refresh();
		changedProblems();
		message.setText(NLS.bind(EditorMessages.problemsBlockSave, problemCount()));
		showProblemsView();
		return false;
	}

	private void showProblemsView() {
		try {
			IWorkbenchPage page = getSite().getPage();
			page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// The message line already says what is wrong.
		}
	}

	private void resolveConflicts(List<CordonEntity> saving, IProgressMonitor monitor) {
		List<CordonEntity> stored = service.current(saving);
		List<SaveConflict> conflicts = new ArrayList<>();
		for (int i = 0; i < saving.size(); i++) {
			CordonEntity mine = saving.get(i);
			CordonEntity theirs = stored.get(i);
			if (mine.getId() != null && (theirs == null || theirs.getVersion() != mine.getVersion())) {
				conflicts.add(new SaveConflict(mine, theirs, differences(mine, theirs)));
			}
		}
		for (CordonEntity gone : deleted) {
			// a record deleted here that the other desk changed is a conflict too
			List<CordonEntity> now = service.current(List.of(gone));
			if (now.get(0) != null && now.get(0).getVersion() != gone.getVersion()) {
				conflicts.add(new SaveConflict(gone, now.get(0), differences(gone, now.get(0))));
			}
		}
		if (conflicts.isEmpty()) {
			message.setText(NLS.bind(EditorMessages.notSaved, EditorMessages.conflictUnknown));
			cancel(monitor);
			return;
		}
		switch (conflictResolver.resolve(conflicts)) {
		case KEEP_MINE -> {
			for (SaveConflict conflict : conflicts) {
				rebaseOnTheirs(conflict);
			}
			history().dispose(undoContext, true, true, false);
			doSave(monitor);
		}
		case RELOAD -> {
			for (SaveConflict conflict : conflicts) {
				takeTheirs(conflict);
			}
			history().dispose(undoContext, true, true, false);
			rowsChanged();
			changedRecords();
			message.setText(NLS.bind(EditorMessages.reloadedTheirs, conflicts.size()));
		}
		case CANCEL -> {
			message.setText(NLS.bind(EditorMessages.notSaved, EditorMessages.conflictCancelled));
			cancel(monitor);
		}
		}
	}

	private List<SaveConflict.Difference> differences(CordonEntity mine, CordonEntity theirs) {
		List<SaveConflict.Difference> differences = new ArrayList<>();
		if (theirs == null) {
			return differences;
		}
		for (ColumnSpec<CordonEntity> column : format.columns()) {
			String my = column.write(mine);
			String their = column.write(theirs);
			if (!my.equals(their)) {
				differences.add(new SaveConflict.Difference(columnTitle(column), my, their));
			}
		}
		return differences;
	}

	/** Keep mine: the other desk's record, with the fields edited here put on top of it. */
	private void rebaseOnTheirs(SaveConflict conflict) {
		CordonEntity mine = conflict.mine();
		CordonEntity theirs = conflict.theirs();
		if (theirs == null) {
			// Deleted at the other desk: nothing is left to keep an edit of.
			records.remove(mine);
			changed.remove(mine);
			deleted.remove(mine);
			return;
		}
		if (deleted.remove(mine)) {
			deleted.add(theirs);
			return;
		}
		lookups = null;
		for (int column : editedColumns.getOrDefault(mine, Set.of())) {
			apply(theirs, format.columns().get(column), format.columns().get(column).write(mine));
		}
		replace(mine, theirs);
		changed.add(theirs);
		records.hold(theirs);
	}

	/** Reload: the other desk's record replaces this desk's edits of it. */
	private void takeTheirs(SaveConflict conflict) {
		CordonEntity mine = conflict.mine();
		changed.remove(mine);
		problems.remove(mine);
		editedColumns.remove(mine);
		if (deleted.remove(mine) && conflict.theirs() != null) {
			records.add(conflict.theirs());
			return;
		}
		if (conflict.theirs() == null) {
			records.remove(mine);
		} else {
			replace(mine, conflict.theirs());
		}
	}

	private void replace(CordonEntity old, CordonEntity now) {
		int at = records.indexOf(old);
		if (at >= 0) {
			records.set(at, now);
		}
		changed.remove(old);
		Set<Integer> edited = editedColumns.remove(old);
		if (edited != null) {
			editedColumns.put(now, edited);
		}
		viewer.refresh();
	}

	@Override
	public void doSaveAs() {
		// One database: there is nowhere else to save to.
	}

	@Override
	public boolean isDirty() {
		return !changed.isEmpty() || !deleted.isEmpty();
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
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
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
		if (details != null) {
			details.dispose();
		}
		if (contextMenu != null) {
			contextMenu.dispose();
		}
		if (format != null) {
			// Unsaved input goes with the editor, and so do its problems.
			RecordProblemMarkers.replace(format.name(), recordInput.getName(), List.of());
		}
		super.dispose();
	}

	/** The workbench's shared history, for tests and for the group bundles' own operations. */
	public static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}
}
