package org.cordon.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cordon.report.BriefingService;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dashboard and File > Daily Briefing… in the running workbench, on the sample data the first start loaded
 * (checkpoint counts 26 Jan to 13 Feb: 31,000 vehicles and 64,000 persons; 45 persons at home in quarantine on 13 Feb;
 * ten material items).
 */
class DashboardAndBriefingTest {

	private static final LocalDate FEB_13 = LocalDate.of(2020, 2, 13);

	@TempDir
	Path temp;

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	@AfterEach
	void closeDashboard() {
		IWorkbenchPage page = window().getActivePage();
		if (page.findView(DashboardView.ID) != null) {
			page.hideView(page.findView(DashboardView.ID));
		}
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	private static void awaitLoaded(DashboardView dashboard) {
		Job job = dashboard.loadingJob();
		long until = System.currentTimeMillis() + 60_000;
		while (job.getState() != Job.NONE && System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Display.getCurrent().sleep();
			}
		}
		assertEquals(Job.NONE, job.getState(), "the dashboard read its figures within a minute");
		processEvents();
	}

	private static DashboardView openDashboardFromTheWindowMenusCommand() throws Exception {
		window().getService(IHandlerService.class).executeCommand("org.cordon.report.ui.commands.dashboard", null);
		DashboardView dashboard = (DashboardView) window().getActivePage().findView(DashboardView.ID);
		assertNotNull(dashboard, "the command opened the dashboard");
		awaitLoaded(dashboard);
		return dashboard;
	}

	@Test
	void theDashboardChartsTheSamplesDailyCountsQuarantinesAndStock() throws Exception {
		DashboardView dashboard = openDashboardFromTheWindowMenusCommand();
		assertTrue(dashboard.headingText().contains("2020-02-13"), dashboard.headingText());
		List<JFreeChart> charts = dashboard.shownJFreeCharts();
		assertEquals(3, charts.size());

		XYDataset checks = charts.get(0).getXYPlot().getDataset();
		assertEquals(2, checks.getSeriesCount());
		assertEquals(19, checks.getItemCount(0), "26 Jan to 13 Feb");
		assertEquals(31000, sum(checks, 0), "vehicles");
		assertEquals(64000, sum(checks, 1), "persons");
		assertEquals(Messages.Chart_vehicles, checks.getSeriesKey(0));

		XYDataset quarantines = charts.get(1).getXYPlot().getDataset();
		assertEquals(45, quarantines.getYValue(1, quarantines.getItemCount(1) - 1), 0, "at home on 13 Feb");
		assertEquals(0, quarantines.getYValue(0, quarantines.getItemCount(0) - 1), 0, "none centralised on 13 Feb");

		CategoryDataset stock = charts.get(2).getCategoryPlot().getDataset();
		assertEquals(10, stock.getColumnCount());
		assertEquals(2448, stock.getValue(0, 0).intValue(), "masks on hand on 13 Feb");
	}

	@Test
	void theChartsAreDrawnOnTheScreen() throws Exception {
		DashboardView dashboard = openDashboardFromTheWindowMenusCommand();
		ChartComposite first = dashboard.chartComposites().get(0);
		processEvents();
		Point size = first.getSize();
		assertTrue(size.x > 100 && size.y > 100, "the chart has room: " + size);
		Image snapshot = new Image(first.getDisplay(), size.x, size.y);
		GC gc = new GC(first);
		try {
			gc.copyArea(snapshot, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData pixels = snapshot.getImageData();
		snapshot.dispose();
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < pixels.height; y += 2) {
			for (int x = 0; x < pixels.width; x += 2) {
				colours.add(pixels.getPixel(x, y));
			}
		}
		assertTrue(colours.size() > 20, "lines, labels and axes on the chart: " + colours.size() + " colours");
	}

	@Test
	void refreshReadsTheFiguresAgain() throws Exception {
		DashboardView dashboard = openDashboardFromTheWindowMenusCommand();
		JFreeChart before = dashboard.shownJFreeCharts().get(0);
		window().getActivePage().activate(dashboard);
		window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.refresh", null);
		awaitLoaded(dashboard);
		JFreeChart after = dashboard.shownJFreeCharts().get(0);
		assertNotSame(before, after, "F5 built the charts again");
		assertEquals(31000, sum(after.getXYPlot().getDataset(), 0));
	}

	@Test
	void theDailyBriefingCommandIsDefinedAndHandled() {
		ICommandService commands = window().getService(ICommandService.class);
		assertTrue(commands.getCommand("org.cordon.report.ui.commands.dailyBriefing").isDefined());
		assertTrue(commands.getCommand("org.cordon.report.ui.commands.dailyBriefing").isHandled());
	}

	@Test
	void theHandlerWritesThePdfOfTheLatestDayAndOpensIt() throws IOException {
		Path file = temp.resolve("briefing.pdf");
		List<LocalDate> proposed = new ArrayList<>();
		List<Path> opened = new ArrayList<>();
		DailyBriefingHandler handler = new DailyBriefingHandler((shell, day, folder) -> {
			proposed.add(day);
			return new BriefingRequest(day, BriefingRequest.Format.PDF, file);
		}, path -> opened.add(path));
		Path written = handler.run(window());
		assertEquals(List.of(FEB_13), proposed, "the latest day with data is proposed");
		assertEquals(file, written);
		assertEquals(List.of(file), opened);
		byte[] pdf = Files.readAllBytes(file);
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
		assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Subtype/Image"), "the charts are in it");
	}

	@Test
	void theHandlerWritesHtmlForAnotherDay() throws IOException {
		Path file = temp.resolve("briefing-3.html");
		List<Path> opened = new ArrayList<>();
		new DailyBriefingHandler((shell, day, folder) -> new BriefingRequest(LocalDate.of(2020, 2, 3), BriefingRequest.Format.HTML, file),
				opened::add).run(window());
		String html = Files.readString(file);
		assertTrue(html.contains("<p class=\"date\">2020-02-03</p>"), html.substring(0, Math.min(600, html.length())));
		assertTrue(html.contains("data:image/png;base64,"));
		assertEquals(List.of(file), opened);
	}

	@Test
	void cancellingTheDialogWritesNothing() throws IOException {
		List<Path> opened = new ArrayList<>();
		assertEquals(null, new DailyBriefingHandler((shell, day, folder) -> null, opened::add).run(window()));
		assertEquals(List.of(), opened);
		try (var files = Files.list(temp)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void theDialogProposesTheDayAndAFileAndReturnsWhatWasChosen() {
		DailyBriefingDialog dialog = new DailyBriefingDialog(window().getShell(), FEB_13, temp);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(FEB_13, dialog.shownDay());
			assertEquals(temp.resolve("briefing-2020-02-13.pdf").toString(), dialog.shownFile());
			Path chosen = temp.resolve("out.html");
			dialog.choose(LocalDate.of(2020, 2, 1), BriefingRequest.Format.HTML, chosen);
			dialog.okPressed();
			assertEquals(new BriefingRequest(LocalDate.of(2020, 2, 1), BriefingRequest.Format.HTML, chosen), dialog.request());
		} finally {
			dialog.close();
		}
	}

	@Test
	void theDialogRefusesAFileInAFolderThatDoesNotExist() {
		DailyBriefingDialog dialog = new DailyBriefingDialog(window().getShell(), FEB_13, temp);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.choose(FEB_13, BriefingRequest.Format.PDF, temp.resolve("missing").resolve("b.pdf"));
			dialog.okPressed();
			assertEquals(null, dialog.request());
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("missing"), dialog.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	@Test
	void anExportThatCannotWriteSaysWhereInOneSentence() {
		BriefingService service = window().getService(BriefingService.class);
		Path nowhere = temp.resolve("missing").resolve("b.html");
		RuntimeException failure = assertThrows(RuntimeException.class,
				() -> BriefingExport.write(service, new BriefingRequest(FEB_13, BriefingRequest.Format.HTML, nowhere), new NullProgressMonitor()));
		String sentence = DailyBriefingHandler.sentence(failure.getMessage());
		assertTrue(sentence.contains("missing") && !sentence.contains("\n") && !sentence.contains("Exception"), sentence);
	}

	private static long sum(XYDataset dataset, int series) {
		long sum = 0;
		for (int i = 0; i < dataset.getItemCount(series); i++) {
			sum += (long) dataset.getYValue(series, i);
		}
		return sum;
	}
}
