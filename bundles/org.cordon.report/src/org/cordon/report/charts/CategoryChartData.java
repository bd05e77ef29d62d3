package org.cordon.report.charts;

import java.util.List;
import java.util.Objects;

/**
 * A bar chart over named categories, e.g. the items of the county store.
 *
 * @param title      the chart's title
 * @param valueAxis  the label of the value axis
 * @param categories the bars' names, in order
 * @param series     one value per category each
 */
public record CategoryChartData(String title, String valueAxis, List<String> categories, List<ChartSeries> series) {

	public CategoryChartData {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(valueAxis, "valueAxis");
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (ChartSeries bars : series) {
			if (bars.values().size() != categories.size()) {
				throw new IllegalArgumentException("the series " + bars.name() + " has " + bars.values().size() + " values for "
						+ categories.size() + " categories");
			}
		}
	}

	public boolean isEmpty() {
		return categories.isEmpty();
	}

	public CategoryChartData relabelled(String newTitle, String newValueAxis, List<String> seriesNames) {
		if (seriesNames.size() != series.size()) {
			throw new IllegalArgumentException(seriesNames.size() + " names for " + series.size() + " series");
		}
		return new CategoryChartData(newTitle, newValueAxis, categories,
				java.util.stream.IntStream.range(0, series.size()).mapToObj(i -> new ChartSeries(seriesNames.get(i), series.get(i).values())).toList());
	}
}
