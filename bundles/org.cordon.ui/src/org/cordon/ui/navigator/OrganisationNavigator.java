package org.cordon.ui.navigator;

import java.util.Objects;

import org.cordon.model.CordonEntity;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The organisation as a tree: the leading group with its office and groups, positions and the
 * persons holding them; townships with their communities and paired units; county units.
 * It loads in the background and keeps what was expanded across a refresh.
 */
public class OrganisationNavigator extends ViewPart {

	public static final String ID = "org.cordon.ui.views.organisation";
	/** Family of the loading job, for tests and for the progress view. */
	public static final Object LOAD_FAMILY = new Object();

	private TreeViewer viewer;
	private final OrganisationContentProvider content = new OrganisationContentProvider();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setComparer(new SameRecordComparer());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OrganisationLabelProvider(content::snapshot)));
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		viewer.setInput(OrganisationSnapshot.empty());
		refresh();
		watchOtherDesks();
	}

	/** How often a desk on a server database looks for other desks' changes. */
	private static final long WATCH_INTERVAL_MS = 5_000;
	private Job watcher;

	/**
	 * On a server database, other desks change the organisation too: every few seconds the
	 * navigator asks for the newest line of the audit trail and reloads when it moved.
	 */
	private void watchOtherDesks() {
		org.cordon.persistence.CordonDatabase database = getSite().getService(org.cordon.persistence.CordonDatabase.class);
		org.cordon.services.records.RecordService records = getSite().getService(org.cordon.services.records.RecordService.class);
		if (database == null || records == null) {
			return;
		}
		watcher = new Job(Messages.Navigator_loading) {
			private java.util.Optional<java.time.LocalDateTime> seen = java.util.Optional.empty();
			private boolean first = true;

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				// The database may still be opening when the view is made; only a server database has other desks.
				if (database.current().map(settings -> !settings.isServer()).orElse(false)) {
					return Status.OK_STATUS;
				}
				try {
					java.util.Optional<java.time.LocalDateTime> latest = records.lastChange();
					if (!first && !latest.equals(seen) && !viewer.getControl().isDisposed()) {
						viewer.getControl().getDisplay().asyncExec(OrganisationNavigator.this::refresh);
					}
					seen = latest;
					first = false;
				} catch (RuntimeException e) {
					// the server is away for a moment: try again at the next interval
				}
				if (!monitor.isCanceled()) {
					schedule(WATCH_INTERVAL_MS);
				}
				return Status.OK_STATUS;
			}
		};
		watcher.setSystem(true);
		watcher.schedule(WATCH_INTERVAL_MS);
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.cancel();
		}
		super.dispose();
	}

	/** Reloads the organisation from the database in the background. */
	public void refresh() {
		OrganisationService service = getSite().getService(OrganisationService.class);
		Job job = new Job(Messages.Navigator_loading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					OrganisationSnapshot snapshot = service.snapshot();
					viewer.getControl().getDisplay().asyncExec(() -> show(snapshot));
					return Status.OK_STATUS;
				} catch (DatabaseUnavailableException e) {
					return Status.error(e.getMessage());
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY;
			}
		};
		job.setUser(false);
		job.schedule();
	}

	private void show(OrganisationSnapshot snapshot) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		boolean firstLoad = content.snapshot().leadingGroups().isEmpty() && content.snapshot().townships().isEmpty();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(snapshot);
			if (firstLoad) {
				viewer.expandToLevel(2);
			} else {
				viewer.setExpandedElements(expanded);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** A reloaded record is a new object; it is the same node if it is the same record. */
	private static final class SameRecordComparer implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof CordonEntity x && b instanceof CordonEntity y) {
				return x.getClass() == y.getClass() && Objects.equals(x.getCode(), y.getCode());
			}
			if (a instanceof NavigatorFolder x && b instanceof NavigatorFolder y) {
				return x.id().equals(y.id());
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			if (element instanceof CordonEntity entity) {
				return Objects.hash(entity.getClass(), entity.getCode());
			}
			if (element instanceof NavigatorFolder folder) {
				return folder.id().hashCode();
			}
			return Objects.hashCode(element);
		}
	}
}
