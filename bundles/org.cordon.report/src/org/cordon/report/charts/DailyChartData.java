package org.cordon.report.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A chart over days: one value per day and series.
 *
 * @param title     the chart's title
 * @param valueAxis the label of the value axis (what is counted)
 * @param days      the days, in order, without gaps
 * @param series    one value per day each
 */
public record DailyChartData(String title, String valueAxis, List<LocalDate> days, List<ChartSeries> series) {

	public DailyChartData {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(valueAxis, "valueAxis");
		days = List.copyOf(days);
		series = List.copyOf(series);
		for (ChartSeries line : series) {
			if (line.values().size() != days.size()) {
				throw new IllegalArgumentException("the series " + line.name() + " has " + line.values().size() + " values for "
						+ days.size() + " days");
			}
		}
	}

	public boolean isEmpty() {
		return days.isEmpty();
	}

	/** The same data under other words, e.g. the workbench's language; the series keep their order. */
	public DailyChartData relabelled(String newTitle, String newValueAxis, List<String> seriesNames) {
		if (seriesNames.size() != series.size()) {
			throw new IllegalArgumentException(seriesNames.size() + " names for " + series.size() + " series");
		}
		return new DailyChartData(newTitle, newValueAxis, days,
				java.util.stream.IntStream.range(0, series.size()).mapToObj(i -> new ChartSeries(seriesNames.get(i), series.get(i).values())).toList());
	}
}
