package org.cordon.report;

import java.util.Objects;

/**
 * One line of figures in a briefing section.
 *
 * @param label      what is counted, with its unit
 * @param day        the figure of the briefing's day, or {@code null} where the records have no day
 * @param cumulative the figure up to and including the briefing's day (or the ledger's total, where a section says so)
 */
public record BriefingFigure(String label, String day, String cumulative) {

	public BriefingFigure {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(cumulative, "cumulative");
	}

	public static BriefingFigure ofDay(String label, long day, long cumulative) {
		return new BriefingFigure(label, Long.toString(day), Long.toString(cumulative));
	}

	public static BriefingFigure total(String label, String total) {
		return new BriefingFigure(label, null, total);
	}
}
