package org.cordon.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.cordon.services.records.RecordService;
import org.cordon.ui.DatabaseChanges;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The audit trail of the record selected anywhere in the workbench, newest first: when, who,
 * what, and for a changed field its value before and after. It keeps the last record shown while
 * the selection holds none (a click on a folder, an editor reloading after a save), and reads the
 * trail again after every save and, on a server database, after other desks' changes.
 */
public class HistoryView extends ViewPart {

	public static final String ID = "org.cordon.ui.views.history";
	/** Family of the loading job, for tests. */
	public static final Object LOAD_FAMILY = new Object();

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final RecordLabels labels = RecordLabels.current();
	private Composite stack;
	private StackLayout stackLayout;
	private Label emptyState;
	private Composite tableArea;
	private TableViewer viewer;
	private CordonEntity record;
	private List<AuditEntry> shown = List.of();
	private DatabaseChanges.Subscription otherDesks;

	private final ISelectionListener selectionListener = (part, selection) -> {
		if (part != this) {
			recordOf(selection).ifPresent(this::show);
		}
	};

	/** A save in any editor: its records' trails grew. */
	private final IPartListener2 saves = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof ISaveablePart saveable) {
				part.addPropertyListener((source, property) -> {
					if (property == IWorkbenchPartConstants.PROP_DIRTY && !saveable.isDirty()) {
						reload();
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		emptyState = new Label(stack, SWT.WRAP);
		emptyState.setText(HistoryMessages.History_nothingSelected);
		tableArea = new Composite(stack, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, HistoryMessages.History_when, 16, e -> WHEN.format(e.getChangedAt()));
		column(columns, HistoryMessages.History_who, 10, AuditEntry::getUserName);
		column(columns, HistoryMessages.History_action, 8, e -> labels.choiceLabel(e.getAction()));
		column(columns, HistoryMessages.History_field, 12, this::fieldLabel);
		column(columns, HistoryMessages.History_oldValue, 20, e -> text(e.getOldValue()));
		column(columns, HistoryMessages.History_newValue, 20, e -> text(e.getNewValue()));
		stackLayout.topControl = emptyState;

		getSite().getPage().addPostSelectionListener(selectionListener);
		getSite().getPage().addPartListener(saves);
		for (var reference : getSite().getPage().getEditorReferences()) {
			saves.partOpened(reference);
		}
		recordOf(getSite().getPage().getSelection()).ifPresent(this::show);
		otherDesks = DatabaseChanges.onChange(getSite(), this::reload);
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<AuditEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AuditEntry) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static Optional<CordonEntity> recordOf(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			CordonEntity entity = Adapters.adapt(structured.getFirstElement(), CordonEntity.class);
			if (entity != null && entity.getCode() != null) {
				return Optional.of(entity);
			}
		}
		return Optional.empty();
	}

	/** A record's field as its table's column is called, else the field's own name. */
	String fieldLabel(AuditEntry entry) {
		if (entry.getFieldName() == null) {
			return "";
		}
		String column = entry.getFieldName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		String label = kindOf(record).map(kind -> labels.columnLabel(kind, column)).orElseGet(() -> labels.columnLabel(column));
		return label.equals(column) ? entry.getFieldName() : label;
	}

	private static Optional<String> kindOf(CordonEntity entity) {
		if (entity == null) {
			return Optional.empty();
		}
		return RecordKinds.all().stream().filter(kind -> kind instanceof RecordFormat<?> format && format.type() == entity.getClass())
				.map(kind -> kind.name()).findFirst();
	}

	/** Shows the trail of a record (read in the background). */
	public void show(CordonEntity selected) {
		record = selected;
		reload();
	}

	private void reload() {
		CordonEntity current = record;
		if (current == null || viewer.getControl().isDisposed()) {
			return;
		}
		RecordService service = getSite().getService(RecordService.class);
		Job job = new Job(HistoryMessages.History_loading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<AuditEntry> trail;
				try {
					trail = new ArrayList<>(service.history(current));
				} catch (RuntimeException e) {
					return Status.error(NLS.bind(HistoryMessages.History_failed, e.getMessage()));
				}
				trail.sort(Comparator.comparing(AuditEntry::getChangedAt).thenComparingLong(AuditEntry::getEntryOrder).reversed());
				viewer.getControl().getDisplay().asyncExec(() -> showTrail(current, trail));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void showTrail(CordonEntity of, List<AuditEntry> trail) {
		if (viewer.getControl().isDisposed() || of != record) {
			return;
		}
		shown = List.copyOf(trail);
		String name = of.getDisplayName() == null || of.getDisplayName().isBlank() ? of.getCode() : of.getDisplayName();
		setContentDescription(NLS.bind(HistoryMessages.History_of, name, of.getCode()));
		if (trail.isEmpty()) {
			emptyState.setText(NLS.bind(HistoryMessages.History_noChanges, name));
			stackLayout.topControl = emptyState;
		} else {
			viewer.setInput(shown);
			stackLayout.topControl = tableArea;
		}
		stack.layout(true, true);
	}

	/** The lines shown, newest first. */
	public List<AuditEntry> entries() {
		return shown;
	}

	/** The text of a cell as the table shows it, for tests. */
	public String cellText(int row, int column) {
		return viewer.getTable().getItem(row).getText(column);
	}

	/** The sentence shown instead of the table, or {@code null} when the table shows. */
	public String emptyStateText() {
		return stackLayout.topControl == emptyState ? emptyState.getText() : null;
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		getSite().getPage().removePartListener(saves);
		if (otherDesks != null) {
			otherDesks.close();
		}
		super.dispose();
	}
}
