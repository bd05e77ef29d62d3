package org.cordon.report.charts;

import java.time.LocalDate;
import java.util.Optional;

/** Reads the series of the briefing's and the dashboard's charts from the database. */
public interface BriefingChartService {

	/** How far back the daily charts reach from their last day. */
	int DAYS = 90;

	BriefingCharts charts(LocalDate day);

	/** The latest day with a checkpoint count, the default day of a briefing and of the dashboard. */
	Optional<LocalDate> latestDay();
}
