package org.cordon.report.ui;

import java.awt.Font;
import java.util.List;

import org.cordon.report.charts.BriefingChartImages;
import org.cordon.report.charts.BriefingCharts;
import org.cordon.report.charts.CategoryChartData;
import org.cordon.report.charts.DailyChartData;
import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;

/** The dashboard's three charts, built from the briefing's chart data under the workbench's words. */
final class DashboardCharts {

	private DashboardCharts() {
	}

	static DailyChartData checks(BriefingCharts charts) {
		return charts.checks().relabelled(Messages.Chart_checks, Messages.Chart_checksAxis, List.of(Messages.Chart_vehicles, Messages.Chart_persons));
	}

	static DailyChartData quarantines(BriefingCharts charts) {
		return charts.quarantines().relabelled(Messages.Chart_quarantines, Messages.Chart_quarantinesAxis,
				List.of(Messages.Chart_centralised, Messages.Chart_home));
	}

	static CategoryChartData stock(BriefingCharts charts) {
		return charts.stock().relabelled(NLS.bind(Messages.Chart_stock, charts.day()), Messages.Chart_stockAxis, List.of(Messages.Chart_onHand));
	}

	static List<JFreeChart> build(BriefingCharts charts, Font font) {
		return List.of(BriefingChartImages.daily(checks(charts), font), BriefingChartImages.daily(quarantines(charts), font),
				BriefingChartImages.bars(stock(charts), font));
	}
}
