package org.cordon.report.charts;

import java.util.List;
import java.util.Objects;

/** One line or one set of bars of a chart: a name and a value per day or per category. */
public record ChartSeries(String name, List<Long> values) {

	public ChartSeries {
		Objects.requireNonNull(name, "name");
		values = List.copyOf(values);
	}

	public long sum() {
		return values.stream().mapToLong(Long::longValue).sum();
	}
}
