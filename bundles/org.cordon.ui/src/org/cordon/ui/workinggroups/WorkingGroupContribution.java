package org.cordon.ui.workinggroups;

import java.util.List;

/**
 * A working group as its plug-in declares it through {@code org.cordon.ui.workingGroups}.
 *
 * @param contributor the symbolic name of the declaring bundle
 * @param iconPath    the icon path inside that bundle, or {@code null}
 * @param order       the position in menus and reports; {@link Integer#MAX_VALUE} when not given
 */
public record WorkingGroupContribution(String id, String name, String code, String perspectiveId, String contributor,
		String iconPath, int order, String description, List<EditorContribution> editors) {

	public WorkingGroupContribution {
		editors = List.copyOf(editors);
	}

	/**
	 * An editor a working group declares for one kind of its records.
	 *
	 * @param kind the record kind the shared record table shows, or {@code null} for an editor of the group's own
	 */
	public record EditorContribution(String id, String name, String recordType, String kind) {
	}
}
