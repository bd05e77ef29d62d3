package org.cordon.ui.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.organisation.Community;
import org.cordon.services.transfer.TransferService;
import org.cordon.ui.labels.RecordLabels;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The record kinds File > Import and Export offer: the organisation's, which the core itself
 * shows in the navigator, and those whose records an installed working group's editors show. A
 * department without the funds group is not offered the funds' kinds.
 */
public final class TransferKinds {

	private static final String ORGANISATION_PACKAGE = Community.class.getPackageName();

	private TransferKinds() {
	}

	/**
	 * @param kinds  every kind, in the order they are offered (the transfer service's: an empty database imports them so)
	 * @param groups the installed working groups
	 */
	public static List<String> offered(List<String> kinds, List<WorkingGroupContribution> groups) {
		Set<String> named = new HashSet<>();
		Set<String> recordTypes = new HashSet<>();
		for (WorkingGroupContribution group : groups) {
			for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
				if (editor.kind() != null) {
					named.add(editor.kind());
				}
				recordTypes.add(editor.recordType());
			}
		}
		return kinds.stream().filter(kind -> named.contains(kind) || recordType(kind).map(type -> recordTypes.contains(type.getName())
				|| type.getPackageName().equals(ORGANISATION_PACKAGE)).orElse(false)).toList();
	}

	/** The records a kind's file holds, for the kinds that have a table of their own. */
	private static Optional<Class<?>> recordType(String kind) {
		return RecordKinds.table(kind).map(RecordFormat::type);
	}

	/** The kinds offered on this installation, or none without the transfer service. */
	static List<String> offered(TransferService transfer) {
		return transfer == null ? List.of()
				: offered(transfer.kinds(), WorkingGroupRegistry.read(Platform.getExtensionRegistry()));
	}

	/** The drop-down of a wizard page that picks one of the kinds, by its label in the desk's language, over two of three columns. */
	static ComboViewer kindPicker(Composite body, List<String> kinds, Runnable changed) {
		new Label(body, SWT.NONE).setText(TransferMessages.Page_kind);
		ComboViewer viewer = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		RecordLabels labels = RecordLabels.current();
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.kindLabel((String) element);
			}
		});
		viewer.setInput(kinds);
		viewer.getCombo().setVisibleItemCount(20);
		viewer.addSelectionChangedListener(e -> changed.run());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(viewer.getControl());
		return viewer;
	}
}
