package org.cordon.report;

import java.util.List;
import java.util.Objects;

/**
 * A named list in a briefing section, e.g. the communities no unit answers for; printed as a heading with its
 * count and the items, or "none" when it is empty.
 */
public record BriefingList(String title, List<String> items) {

	public BriefingList {
		Objects.requireNonNull(title, "title");
		items = List.copyOf(items);
	}
}
