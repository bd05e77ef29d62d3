package org.cordon.report.ui;

import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cordon.report.charts.BriefingChartImages;
import org.cordon.report.charts.BriefingChartService;
import org.cordon.report.charts.BriefingCharts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

/**
 * The Dashboard: the daily vehicles and persons checked, the persons in quarantine over time and the stock on hand,
 * up to the latest day with a checkpoint count, drawn in SWT by JFreeChart's ChartComposite. Refresh (F5 or the
 * toolbar) reads them again in a job.
 */
public class DashboardView extends ViewPart {

	public static final String ID = "org.cordon.report.ui.views.dashboard";

	private Label heading;
	private final List<ChartComposite> charts = new ArrayList<>();
	private BriefingCharts shown;
	private Job loading;
	private final Font font = BriefingChartImages.chartFont();

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(8, 8).applyTo(area);
		heading = new Label(area, SWT.NONE);
		heading.setBackground(area.getBackground());
		heading.setText(Messages.Dashboard_loading);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
		// Left the two charts over days, right the stock at full height: its ten bars need it.
		ChartComposite checks = chart(area, 1);
		ChartComposite stock = chart(area, 2);
		ChartComposite quarantines = chart(area, 1);
		charts.addAll(List.of(checks, quarantines, stock));
		refresh();
	}

	private static ChartComposite chart(Composite area, int rows) {
		// No "Save as" item: jfreechart-swt 1.0 calls ChartUtilities, which JFreeChart 1.5 renamed (see the target).
		ChartComposite chart = new ChartComposite(area, SWT.NONE, null, false, false, false, true, true);
		// Small hints, so that the charts share whatever room the view has instead of asking for their preferred size.
		GridDataFactory.fillDefaults().grab(true, true).span(1, rows).hint(120, 90).applyTo(chart);
		return chart;
	}

	/** Reads the figures again, off the display thread, and shows them when they are read. */
	public void refresh() {
		if (loading != null) {
			loading.cancel();
		}
		BriefingChartService service = getSite().getService(BriefingChartService.class);
		Display display = heading.getDisplay();
		Job job = Job.create(Messages.Dashboard_loading, (IJobFunction) monitor -> load(service, display, monitor));
		job.setUser(false);
		loading = job;
		job.schedule();
	}

	private IStatus load(BriefingChartService service, Display display, IProgressMonitor monitor) {
		BriefingCharts read;
		String problem = null;
		try {
			if (service == null) {
				throw new IllegalStateException("the briefing service is not running");
			}
			Optional<LocalDate> latest = service.latestDay();
			read = latest.map(service::charts).orElse(null);
		} catch (RuntimeException e) {
			read = null;
			problem = NLS.bind(Messages.Dashboard_cannotRead, e.getMessage());
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		BriefingCharts result = read;
		String message = problem;
		if (!display.isDisposed()) {
			display.asyncExec(() -> show(result, message));
		}
		return Status.OK_STATUS;
	}

	private void show(BriefingCharts read, String problem) {
		if (heading.isDisposed()) {
			return;
		}
		shown = read;
		if (read == null) {
			heading.setText(problem != null ? problem : Messages.Dashboard_noData);
			charts.forEach(chart -> chart.setChart(null));
		} else {
			heading.setText(NLS.bind(Messages.Dashboard_upTo, read.day()));
			List<JFreeChart> built = DashboardCharts.build(read, font);
			for (int i = 0; i < charts.size(); i++) {
				charts.get(i).setChart(built.get(i));
				charts.get(i).forceRedraw();
			}
		}
		heading.getParent().layout(true);
	}

	/** The figures shown now, or null before the first read or when there are none. */
	public BriefingCharts shownCharts() {
		return shown;
	}

	/** The charts as drawn: the daily checks, the quarantines, the stock. */
	public List<JFreeChart> shownJFreeCharts() {
		return charts.stream().map(ChartComposite::getChart).toList();
	}

	List<ChartComposite> chartComposites() {
		return List.copyOf(charts);
	}

	/** The job reading the figures, for tests to wait on. */
	public Job loadingJob() {
		return loading;
	}

	public String headingText() {
		return heading.getText();
	}

	@Override
	public void setFocus() {
		if (!charts.isEmpty()) {
			charts.get(0).setFocus();
		}
	}
}
