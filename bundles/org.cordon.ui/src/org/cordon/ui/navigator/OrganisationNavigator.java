package org.cordon.ui.navigator;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.cordon.model.CordonEntity;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * The organisation as a tree: the leading group with its office and groups, positions and the
 * persons holding them; townships with their communities and paired units; county units.
 * It reads and indexes the organisation in a job, showing "Loading…" meanwhile and a sentence if
 * it cannot, makes a node's children only when it is expanded, and keeps what was expanded across
 * a refresh. It can show the
 * organisation as of a past moment instead (read-only, rebuilt from the audit trail).
 */
public class OrganisationNavigator extends ViewPart {

	public static final String ID = "org.cordon.ui.views.organisation";
	/** Family of the loading job, for tests and for the progress view. */
	public static final Object LOAD_FAMILY = new Object();

	private TreeViewer viewer;
	private final OrganisationContentProvider content = new OrganisationContentProvider();
	/** The past moment shown, or null for the organisation as it is now. */
	private volatile LocalDateTime asOf;
	private String currentPartName;

	@Override
	public void createPartControl(Composite parent) {
		currentPartName = getPartName();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setComparer(new SameRecordComparer());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OrganisationLabelProvider(content::tree)));
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		viewer.setInput(NavigatorNotice.loading());
		refresh();
		watchOtherDesks();
	}

	private org.cordon.ui.DatabaseChanges.Subscription otherDesks;

	/** On a server database, other desks change the organisation too: it is read again when the database changed. */
	private void watchOtherDesks() {
		otherDesks = org.cordon.ui.DatabaseChanges.onChange(getSite(), () -> {
			// A past moment does not change with other desks' work.
			if (asOf == null && !viewer.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	@Override
	public void dispose() {
		if (otherDesks != null) {
			otherDesks.close();
		}
		super.dispose();
	}

	/**
	 * Shows the organisation as it was at a past moment, read-only, until {@link #showCurrent()};
	 * the view's title and description name the moment.
	 */
	public void showAsOf(LocalDateTime moment) {
		asOf = Objects.requireNonNull(moment);
		String shown = AsOfDialog.MOMENT.format(moment);
		setPartName(NLS.bind(NavigatorMessages.asOfPartName, currentPartName, shown));
		setContentDescription(NLS.bind(NavigatorMessages.asOfDescription, shown));
		refresh();
	}

	/** Back to the organisation as it is now. */
	public void showCurrent() {
		if (asOf == null) {
			return;
		}
		asOf = null;
		setPartName(currentPartName);
		setContentDescription("");
		refresh();
	}

	/** The past moment shown; empty while the navigator shows the organisation as it is now. */
	public Optional<LocalDateTime> asOf() {
		return Optional.ofNullable(asOf);
	}

	/** The read of the organisation running now; a newer one makes its result stale. */
	private Job reading;

	/**
	 * Reloads the organisation (or the past moment shown) from the database in a job, and indexes
	 * it there too. The first time, and when another moment is chosen, the tree shows only a
	 * "Loading…" node meanwhile; a refresh keeps the tree shown, and the part is busy.
	 */
	public void refresh() {
		OrganisationService service = getSite().getService(OrganisationService.class);
		LocalDateTime moment = asOf;
		if (reading != null) {
			reading.cancel();
		}
		if (!(viewer.getInput() instanceof OrganisationTree) || !Objects.equals(shownMoment, moment)) {
			viewer.setInput(NavigatorNotice.loading());
		}
		Display display = viewer.getControl().getDisplay();
		String name = moment == null ? Messages.Navigator_loading : NLS.bind(NavigatorMessages.asOfLoading, AsOfDialog.MOMENT.format(moment));
		Job[] self = new Job[1];
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, IProgressMonitor.UNKNOWN);
				try {
					OrganisationTree tree = new OrganisationTree(moment == null ? service.snapshot() : service.asOf(moment));
					if (!monitor.isCanceled()) {
						display.asyncExec(() -> show(self[0], tree, moment));
					}
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					String sentence = sentenceFor(e);
					display.asyncExec(() -> showFailure(self[0], sentence));
					// Said in the navigator; logged with its cause for whoever looks into it.
					ILog.of(OrganisationNavigator.class).warn(sentence, e);
					return Status.OK_STATUS;
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY;
			}
		};
		self[0] = job;
		reading = job;
		job.setUser(false);
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
	}

	/** The organisation the tree shows; empty while it is first read, or when it could not be. */
	public Optional<OrganisationSnapshot> shownSnapshot() {
		return viewer.getInput() instanceof OrganisationTree tree ? Optional.of(tree.snapshot()) : Optional.empty();
	}

	/** Whether the organisation is still being read. */
	public boolean isLoading() {
		return reading != null;
	}

	/** The sentence the navigator shows when the organisation could not be read, or null. */
	public String readFailure() {
		return viewer.getInput() instanceof NavigatorNotice notice && notice.failure() ? notice.text() : null;
	}

	/** The database's own sentence when it is unavailable; otherwise what went wrong, innermost. */
	static String sentenceFor(RuntimeException e) {
		if (e instanceof DatabaseUnavailableException) {
			return e.getMessage();
		}
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		return NLS.bind(NavigatorMessages.cannotRead, reason);
	}

	/** The moment of the organisation the tree shows: null for now. */
	private LocalDateTime shownMoment;

	private void show(Job by, OrganisationTree tree, LocalDateTime moment) {
		if (by != reading || viewer.getControl().isDisposed()) {
			// Disposed, or a newer read follows (of another moment, or after a later change).
			return;
		}
		reading = null;
		boolean sameTree = viewer.getInput() instanceof OrganisationTree && Objects.equals(shownMoment, moment);
		Object[] expanded = sameTree ? viewer.getExpandedElements() : new Object[0];
		shownMoment = moment;
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(tree);
			if (sameTree) {
				viewer.setExpandedElements(expanded);
			} else {
				// The leading groups and the two folders open; the 660 townships and units under
				// them at ten times the county stay closed until the user opens one.
				viewer.expandToLevel(2);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	private void showFailure(Job by, String sentence) {
		if (by != reading || viewer.getControl().isDisposed()) {
			return;
		}
		reading = null;
		viewer.setInput(NavigatorNotice.failed(sentence));
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
