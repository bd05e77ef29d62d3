package org.cordon.group.screening;

import org.cordon.model.screening.FollowUpRole;
import org.cordon.ui.labels.RecordLabels;

/** The five follow-up roles (五包一) as the screening group calls them, in the workbench's language. */
final class RoleNames {

	private RoleNames() {
	}

	static String of(FollowUpRole role) {
		return RecordLabels.current().choiceLabel(role);
	}
}
