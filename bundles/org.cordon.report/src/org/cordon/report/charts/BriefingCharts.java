package org.cordon.report.charts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The figures behind the briefing's and the dashboard's charts, as of a day; labels in Chinese and English.
 *
 * @param day         the last day the charts cover
 * @param checks      vehicles and persons checked at the checkpoints per day, from the first day with a count
 *                    (at most {@link BriefingChartService#DAYS} days back)
 * @param quarantines persons in centralised and in home quarantine on each day, from the first day one started
 *                    (at most {@link BriefingChartService#DAYS} days back)
 * @param stock       each material item's stock on hand at the end of the day: received minus issued up to it
 */
public record BriefingCharts(LocalDate day, DailyChartData checks, DailyChartData quarantines, CategoryChartData stock) {

	public BriefingCharts {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(checks, "checks");
		Objects.requireNonNull(quarantines, "quarantines");
		Objects.requireNonNull(stock, "stock");
	}
}
