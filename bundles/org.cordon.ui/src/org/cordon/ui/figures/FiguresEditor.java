package org.cordon.ui.figures;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cordon.io.transfer.CellType.Shape;
import org.cordon.ui.editors.LatestRead;
import org.cordon.ui.transfer.ShownRows;
import org.cordon.ui.transfer.ShownRowsContributions;
import org.cordon.ui.transfer.ShownRowsFile;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The shared read-only table of a working group's figures. A group contributes only a
 * {@link FiguresProvider}, named as the editor class's data in its plugin.xml. Columns sort by a
 * click on their header, the filter narrows the rows, the last row totals the shown rows, numbers
 * are right-aligned and grouped, a value that needs attention is shown in the error colour with
 * its warning after it, Refresh (F5) reads the figures again, and "Export Shown Rows…" (its toolbar,
 * context menu or File menu) writes the shown rows to a workbook or CSV.
 */
public class FiguresEditor extends EditorPart implements ShownRows {

	private static final String REFRESH_COMMAND = "org.eclipse.ui.file.refresh";

	/** Text sorts by the Chinese collation; one for the editor, since making one is not cheap and a sort asks thousands of times. */
	private final Collator names = Collator.getInstance(Locale.CHINA);

	private FiguresProvider provider;
	private Figures figures = new Figures("", List.of(), List.of());
	private final FigureRow totalsRow = FigureRow.of();
	private FigureRow totals = FigureRow.of();
	private List<FigureRow> shown = List.of();
	private TableViewer viewer;
	private Text filter;
	private Label heading;
	private Label status;
	private int sortColumn = -1;
	private int sortDirection = SWT.UP;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		super.setInitializationData(config, propertyName, data);
		String className = data instanceof String name ? name.strip() : data instanceof Map<?, ?> parameters ? (String) parameters.get("provider") : null;
		if (className == null || className.isEmpty()) {
			throw new IllegalArgumentException("the figures editor " + config.getAttribute("id") + " of " + config.getContributor().getName()
					+ " names no provider class (class=\"org.cordon.ui.figures.FiguresEditor:PROVIDER\")");
		}
		try {
			Class<?> type = Platform.getBundle(config.getContributor().getName()).loadClass(className);
			provider = (FiguresProvider) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalArgumentException("the figures provider " + className + " of " + config.getContributor().getName()
					+ " cannot be created: " + e, e);
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (provider == null) {
			throw new PartInitException("The figures editor " + site.getId() + " has no figures provider.");
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(5, false));
		heading = new Label(body, SWT.NONE);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(heading);

		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(FigureMessages.filterRows);
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> show());
		Button refresh = new Button(body, SWT.PUSH);
		refresh.setText(FigureMessages.refresh);
		refresh.setToolTipText(FigureMessages.refreshTip);
		refresh.addListener(SWT.Selection, e -> refresh());
		// "Export Shown Rows…" and what else is contributed for shown rows (ShownRowsContributions)
		ShownRowsContributions.toolbar(getSite(), body);
		read = new LatestRead(body);
		read.createLink(body);
		status = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return rowOrder().compare((FigureRow) a, (FigureRow) b);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		ShownRowsContributions.contextMenu(getSite(), viewer);

		// The part's own handler: F5 and File > Refresh reach it only while this editor is active.
		getSite().getService(IHandlerService.class).activateHandler(REFRESH_COMMAND, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				refresh();
				return null;
			}
		});
		refresh();
		otherDesks = org.cordon.ui.DatabaseChanges.onChange(getSite(), () -> {
			if (!viewer.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	/** Other desks' changes change the figures too: they are read again when the database changed. */
	private org.cordon.ui.DatabaseChanges.Subscription otherDesks;

	@Override
	public void dispose() {
		if (otherDesks != null) {
			otherDesks.close();
		}
		if (read != null) {
			read.dispose();
		}
		super.dispose();
	}

	/** The read of figures running now; a newer one makes its result stale. */
	private LatestRead read;

	/**
	 * Reads the figures again from the provider, in a job, and shows them, keeping the filter and
	 * the sort. The provider's services are looked up on the UI thread (a workbench's service
	 * locator is not for other threads); its reading runs off it.
	 */
	public void refresh() {
		Display display = viewer.getControl().getDisplay();
		IServiceLocator site = getSite();
		IServiceLocator fromUiThread = new IServiceLocator() {
			@Override
			public <T> T getService(Class<T> api) {
				Object[] found = new Object[1];
				display.syncExec(() -> found[0] = site.getService(api));
				return api.cast(found[0]);
			}

			@Override
			public boolean hasService(Class<?> api) {
				boolean[] has = new boolean[1];
				display.syncExec(() -> has[0] = site.hasService(api));
				return has[0];
			}
		};
		status.setForeground(null);
		status.setText(FigureMessages.reading);
		read.start(NLS.bind(FigureMessages.readingJob, getPartName()), reading -> provider.load(fromUiThread), new LatestRead.Outcome<Figures>() {
			@Override
			public void read(Figures loaded) {
				shown(loaded);
			}

			@Override
			public void failed(Exception e) {
				readFailed(e);
			}

			@Override
			public void cancelled() {
				status.setForeground(null);
				status.setText(org.cordon.ui.editors.EditorMessages.readCancelled);
				status.getParent().layout(true);
			}
		}, this::refresh);
	}

	/** Whether the figures are still being read. */
	public boolean isLoading() {
		return read.isRunning();
	}

	private void shown(Figures loaded) {
		boolean sameColumns = loaded.columns().stream().map(FigureColumn::title).toList()
				.equals(figures.columns().stream().map(FigureColumn::title).toList());
		figures = loaded;
		if (!sameColumns) {
			createColumns();
		}
		heading.setText(figures.heading());
		show();
		if (!sameColumns) {
			fitColumns();
		}
		status.setForeground(null);
		status.setText(NLS.bind(FigureMessages.readAt, status.getText(), LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
		status.getParent().layout(true);
	}

	private void readFailed(Exception e) {
		Platform.getLog(FiguresEditor.class).log(new Status(IStatus.ERROR, "org.cordon.ui", "Figures of " + getPartName() + " not read", e));
		status.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		status.setText(NLS.bind(FigureMessages.cannotRead, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		status.getParent().layout(true);
	}

	private void createColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		sortColumn = -1;
		viewer.getTable().setSortColumn(null);
		List<FigureColumn> columns = figures.columns();
		for (int i = 0; i < columns.size(); i++) {
			FigureColumn column = columns.get(i);
			int index = i;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.kind().numeric() ? SWT.RIGHT : SWT.LEFT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setMoveable(true);
			viewerColumn.setLabelProvider(new CellLabels(column, index));
			viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		}
	}

	/** Widths to fit the first figures read, within bounds, so that a long purpose does not hide the numbers. */
	private void fitColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
			column.setWidth(Math.min(Math.max(column.getWidth() + 12, 70), 320));
		}
	}

	private void sortBy(int column) {
		sortDirection = sortColumn == column && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = column;
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(column));
		viewer.getTable().setSortDirection(sortDirection);
		viewer.refresh();
	}

	/** The provider's order, or the chosen column's; the totals row always last. */
	private Comparator<FigureRow> rowOrder() {
		return (a, b) -> {
			if (a == totalsRow || b == totalsRow) {
				return a == totalsRow ? (b == totalsRow ? 0 : 1) : -1;
			}
			if (sortColumn < 0 || sortColumn >= figures.columns().size()) {
				// the input is in the provider's order and the sort keeps equal rows as they come
				return 0;
			}
			FigureKind kind = figures.columns().get(sortColumn).kind();
			Object left = a.value(sortColumn);
			Object right = b.value(sortColumn);
			int order;
			if (left == null || right == null) {
				order = left == null ? (right == null ? 0 : -1) : 1;
			} else if (kind.numeric()) {
				order = FigureKind.number(left).compareTo(FigureKind.number(right));
			} else {
				order = names.compare(left.toString(), right.toString());
			}
			return sortDirection == SWT.UP ? order : -order;
		};
	}

	/** Applies the filter, totals the rows that pass it, and shows them. */
	private void show() {
		String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		List<FigureRow> passing = new ArrayList<>();
		for (FigureRow row : figures.rows()) {
			if (wanted.isEmpty() || matches(row, wanted)) {
				passing.add(row);
			}
		}
		shown = passing;
		List<Object> sums = new ArrayList<>();
		for (int i = 0; i < figures.columns().size(); i++) {
			FigureColumn column = figures.columns().get(i);
			if (column.totalled()) {
				BigDecimal sum = BigDecimal.ZERO;
				for (FigureRow row : passing) {
					sum = sum.add(FigureKind.number(row.value(i)));
				}
				sums.add(sum);
			} else {
				sums.add(i == 0 ? passing.size() == 1 ? FigureMessages.totalOneRow : NLS.bind(FigureMessages.totalRows, passing.size()) : null);
			}
		}
		totals = new FigureRow(sums);
		List<FigureRow> input = new ArrayList<>(passing);
		if (!figures.columns().isEmpty()) {
			input.add(totalsRow);
		}
		viewer.setInput(input);
		status.setText(passing.size() == figures.rows().size() ? NLS.bind(FigureMessages.rows, figures.rows().size())
				: NLS.bind(FigureMessages.rowsOf, passing.size(), figures.rows().size()));
	}

	private boolean matches(FigureRow row, String wanted) {
		for (int i = 0; i < figures.columns().size(); i++) {
			if (figures.columns().get(i).kind().format(row.value(i)).toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	/** The figures as last read. */
	public Figures figures() {
		return figures;
	}

	/** The rows that pass the filter, in the order shown, without the totals row. */
	public List<FigureRow> shownFigureRows() {
		List<FigureRow> rows = new ArrayList<>(shown);
		rows.sort(rowOrder());
		return rows;
	}

	/** The totals of the shown rows: the sum for each totalled column, the row count in the first. */
	public FigureRow totals() {
		return totals;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filterField() {
		return filter;
	}

	/** The line below the heading: how many rows are shown, or why the figures cannot be read. */
	public String statusText() {
		return status.getText();
	}

	/**
	 * Writes the shown rows in the order shown, without the totals row, to a workbook ({@code .xlsx}) or a CSV
	 * file: the column titles as header, numbers without grouping (yuan with two decimals).
	 */
	public int exportShown(Path file) {
		return ShownRowsFile.write(this, file);
	}

	@Override
	public String shownTitle() {
		return getPartName();
	}

	@Override
	public List<ShownRows.Column> shownColumns() {
		return figures.columns().stream().map(c -> new ShownRows.Column(c.title(), switch (c.kind()) {
		case TEXT -> Shape.TEXT;
		case COUNT -> Shape.WHOLE;
		case YUAN -> Shape.DECIMAL;
		})).toList();
	}

	@Override
	public List<List<String>> shownRows() {
		List<FigureColumn> columns = figures.columns();
		List<List<String>> rows = new ArrayList<>();
		for (FigureRow row : shownFigureRows()) {
			List<String> cells = new ArrayList<>(columns.size());
			for (int i = 0; i < columns.size(); i++) {
				cells.add(columns.get(i).kind().export(row.value(i)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** One column's cells: formatted values, warnings in the error colour, the totals row in bold. */
	private final class CellLabels extends ColumnLabelProvider {
		private final FigureColumn column;
		private final int index;

		CellLabels(FigureColumn column, int index) {
			this.column = column;
			this.index = index;
		}

		private Object value(Object element) {
			return element == totalsRow ? totals.value(index) : ((FigureRow) element).value(index);
		}

		/** A row's warning; the totals row is judged only where it holds a sum. */
		private String warning(Object element) {
			if (element == totalsRow && !column.totalled()) {
				return null;
			}
			return column.warningFor(value(element));
		}

		@Override
		public String getText(Object element) {
			Object value = value(element);
			String text = column.kind().format(value);
			String warning = warning(element);
			return warning == null ? text : text.isEmpty() ? "(" + warning + ")" : text + " (" + warning + ")";
		}

		@Override
		public Color getForeground(Object element) {
			return warning(element) != null ? JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR) : null;
		}

		@Override
		public Font getFont(Object element) {
			return element == totalsRow ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
		}

		@Override
		public String getToolTipText(Object element) {
			return warning(element);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
		// read-only: nothing to save
	}

	@Override
	public void doSaveAs() {
		// read-only: nothing to save
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
