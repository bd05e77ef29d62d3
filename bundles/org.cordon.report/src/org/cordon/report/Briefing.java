package org.cordon.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily briefing (日报) for the leading group, as data; {@link HtmlBriefingWriter} and
 * {@link PdfBriefingWriter} lay it out.
 *
 * @param hasData  whether anything was recorded for the day (checkpoint counts or township reports); without,
 *                 the summary says so and the figures are those of the days before
 * @param sections the installed working groups' sections, in their order
 * @param charts   the charts of the daily counts up to the day (see {@link org.cordon.report.charts.BriefingCharts})
 */
public record Briefing(LocalDate day, String title, String summary, boolean hasData, List<BriefingFigure> headline,
		ZeroReportLedger ledger, List<BriefingSection> sections, List<BriefingImage> charts) {

	public Briefing {
		headline = List.copyOf(headline);
		sections = List.copyOf(sections);
		charts = List.copyOf(charts);
	}

	/** A briefing without charts. */
	public Briefing(LocalDate day, String title, String summary, boolean hasData, List<BriefingFigure> headline, ZeroReportLedger ledger,
			List<BriefingSection> sections) {
		this(day, title, summary, hasData, headline, ledger, sections, List.of());
	}
}
