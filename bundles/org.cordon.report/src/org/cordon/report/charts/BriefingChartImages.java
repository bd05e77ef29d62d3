package org.cordon.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.cordon.report.BriefingFont;
import org.cordon.report.BriefingImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Builds JFreeChart charts from the chart data and draws them to PNG with Java 2D (no display needed). The
 * dashboard in the workbench draws the same charts in SWT.
 */
public final class BriefingChartImages {

	/** The charts' size in points; the PNG has {@link #PIXELS_PER_POINT} pixels per point, sharp in print. */
	public static final int WIDTH = 520;
	public static final int HEIGHT = 250;
	public static final int PIXELS_PER_POINT = 2;

	static final Color[] COLOURS = { new Color(0xB0, 0x1E, 0x1E), new Color(0x2E, 0x5C, 0xA8), new Color(0x3C, 0x8C, 0x3C),
			new Color(0xC7, 0x78, 0x00) };

	private BriefingChartImages() {
	}

	/** The three charts of a day as PNG pictures, in the briefing's order. */
	public static java.util.List<BriefingImage> images(BriefingCharts charts) {
		Font font = chartFont();
		return java.util.List.of(image(daily(charts.checks(), font), charts.checks().title()),
				image(daily(charts.quarantines(), font), charts.quarantines().title()), image(bars(charts.stock(), font), charts.stock().title()));
	}

	public static BriefingImage image(JFreeChart chart, String caption) {
		return image(chart, caption, HEIGHT);
	}

	/** A chart {@link #WIDTH} points wide and {@code heightInPoints} high. */
	public static BriefingImage image(JFreeChart chart, String caption, int heightInPoints) {
		int width = WIDTH * PIXELS_PER_POINT;
		int height = heightInPoints * PIXELS_PER_POINT;
		BufferedImage image = chart.createBufferedImage(width, height, WIDTH, heightInPoints, null);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", png)) {
				throw new IllegalStateException("this Java has no PNG writer");
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot draw the chart " + caption + ": " + e.getMessage(), e);
		}
		return new BriefingImage(caption, png.toByteArray(), width, height);
	}

	/** A line per series over the days. */
	public static JFreeChart daily(DailyChartData data, Font font) {
		TimeSeriesCollection dataset = new TimeSeriesCollection();
		for (ChartSeries series : data.series()) {
			TimeSeries line = new TimeSeries(series.name());
			for (int i = 0; i < data.days().size(); i++) {
				LocalDate day = data.days().get(i);
				line.add(new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), series.values().get(i));
			}
			dataset.addSeries(line);
		}
		JFreeChart chart = ChartFactory.createTimeSeriesChart(data.title(), null, data.valueAxis(), dataset, true, false, false);
		theme(font).apply(chart);
		XYPlot plot = chart.getXYPlot();
		plot.setNoDataMessage("无数据 No data");
		DateAxis dates = (DateAxis) plot.getDomainAxis();
		dates.setDateFormatOverride(new SimpleDateFormat("M-d", Locale.ROOT));
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		// Counts from zero, so that a line's height reads as its size.
		values.setAutoRangeIncludesZero(true);
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int i = 0; i < data.series().size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, new BasicStroke(1.6f));
		}
		plot.setRenderer(renderer);
		return chart;
	}

	/** Horizontal bars, one per category, each labelled with its value (the items' quantities differ by orders of magnitude). */
	public static JFreeChart bars(CategoryChartData data, Font font) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (ChartSeries series : data.series()) {
			for (int i = 0; i < data.categories().size(); i++) {
				dataset.addValue(series.values().get(i), series.name(), data.categories().get(i));
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(data.title(), null, data.valueAxis(), dataset, PlotOrientation.HORIZONTAL,
				data.series().size() > 1, false, false);
		theme(font).apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setNoDataMessage("无数据 No data");
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
		values.setUpperMargin(0.15);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.ROOT)));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font.deriveFont(Font.PLAIN, 8f));
		for (int i = 0; i < data.series().size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[(i + 1) % COLOURS.length]);
		}
		return chart;
	}

	/** A stacked bar chart as a picture {@link #WIDTH} points wide, for sections that need not know JFreeChart. */
	public static BriefingImage stackedBarsImage(CategoryChartData data, Color[] colours, int heightInPoints) {
		return image(stackedBars(data, colours, chartFont()), data.title(), heightInPoints);
	}

	/** Horizontal bars stacked per category, e.g. a township's paired and unpaired communities, with a legend. */
	public static JFreeChart stackedBars(CategoryChartData data, Color[] colours, Font font) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (ChartSeries series : data.series()) {
			for (int i = 0; i < data.categories().size(); i++) {
				dataset.addValue(series.values().get(i), series.name(), data.categories().get(i));
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(data.title(), null, data.valueAxis(), dataset, PlotOrientation.HORIZONTAL,
				true, false, false);
		theme(font).apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setNoDataMessage("无数据 No data");
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < data.series().size(); i++) {
			renderer.setSeriesPaint(i, colours[i % colours.length]);
		}
		return chart;
	}

	/** Sizes in points for a chart {@link #WIDTH} wide; the CJK font so that Chinese labels render. */
	static StandardChartTheme theme(Font font) {
		StandardChartTheme theme = new StandardChartTheme("Cordon");
		theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 12f));
		theme.setLargeFont(font.deriveFont(Font.PLAIN, 10f));
		theme.setRegularFont(font.deriveFont(Font.PLAIN, 9f));
		theme.setSmallFont(font.deriveFont(Font.PLAIN, 8f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		theme.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
		theme.setTitlePaint(new Color(0xBB, 0, 0));
		return theme;
	}

	/**
	 * The briefing's CJK font (see {@link BriefingFont}) for the chart labels; where there is none, Java's logical
	 * sans-serif font, which shows Chinese if the system has a font for it.
	 */
	public static Font chartFont() {
		Path file;
		try {
			file = BriefingFont.locate();
		} catch (IllegalStateException noFont) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
		}
		try {
			// createFonts reads TrueType collections (.ttc) too; the first face is the regular one.
			return Font.createFonts(file.toFile())[0].deriveFont(9f);
		} catch (FontFormatException | IOException e) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
		}
	}
}
