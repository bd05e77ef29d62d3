package org.cordon.ui.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.organisation.Community;
import org.cordon.ui.workinggroups.WorkingGroupContribution;

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
}
