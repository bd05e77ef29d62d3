package org.cordon.report;

import java.util.List;
import java.util.Objects;

/**
 * A working group's part of the briefing.
 *
 * @param id      the contributing extension's section id
 * @param title   the heading
 * @param notes   sentences printed above the figures, e.g. what a total covers
 * @param figures the figures, in the order the group reports them
 */
public record BriefingSection(String id, String title, List<String> notes, List<BriefingFigure> figures) {

	public BriefingSection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		notes = List.copyOf(notes);
		figures = List.copyOf(figures);
	}
}
