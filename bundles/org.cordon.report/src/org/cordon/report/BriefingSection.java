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
 * @param images  pictures printed after the figures, e.g. a diagram
 * @param lists   named lists printed after the figures, e.g. the communities no unit answers for
 */
public record BriefingSection(String id, String title, List<String> notes, List<BriefingFigure> figures, List<BriefingImage> images,
		List<BriefingList> lists) {

	public BriefingSection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		notes = List.copyOf(notes);
		figures = List.copyOf(figures);
		images = List.copyOf(images);
		lists = List.copyOf(lists);
	}

	public BriefingSection(String id, String title, List<String> notes, List<BriefingFigure> figures) {
		this(id, title, notes, figures, List.of(), List.of());
	}
}
