package org.cordon.ui.navigator;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The organisation as a tree: the leading group with its office and groups, positions and the
 * persons holding them; townships with their communities and paired units; county units.
 * It loads in the background and keeps what was expanded across a refresh. It can show the
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

	/** Reloads the organisation (or the past moment shown) from the database in the background. */
	public void refresh() {
		OrganisationService service = getSite().getService(OrganisationService.class);
		LocalDateTime moment = asOf;
		Job job = new Job(moment == null ? Messages.Navigator_loading : NLS.bind(NavigatorMessages.asOfLoading, AsOfDialog.MOMENT.format(moment))) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					OrganisationSnapshot snapshot = moment == null ? service.snapshot() : service.asOf(moment);
					viewer.getControl().getDisplay().asyncExec(() -> show(snapshot, moment));
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

	private void show(OrganisationSnapshot snapshot, LocalDateTime moment) {
		if (viewer.getControl().isDisposed() || !Objects.equals(moment, asOf)) {
			// Disposed, or a load for another moment than the one now chosen: a newer load follows.
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
