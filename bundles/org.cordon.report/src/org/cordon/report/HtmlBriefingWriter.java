package org.cordon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;

/**
 * Writes a briefing as one self-contained HTML page (no scripts, no linked files; charts and diagrams as data: URIs),
 * every text escaped.
 */
public final class HtmlBriefingWriter {

	private static final String STYLE = """
			body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; max-width: 50em; margin: 2em auto; color: #222; }
			h1 { text-align: center; color: #b00; border-bottom: 2px solid #b00; padding-bottom: .3em; }
			p.date { text-align: center; }
			table { border-collapse: collapse; margin: .5em 0 1em; }
			th, td { border: 1px solid #999; padding: .2em .6em; }
			td.number { text-align: right; }
			p.nodata { font-weight: bold; color: #b00; }
			figure { margin: .5em 0 1.5em; }
			figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
			figcaption { font-size: .9em; color: #555; }
			""";

	private HtmlBriefingWriter() {
	}

	public static void write(Briefing briefing, Writer out) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(escape(briefing.title()))
				.append(" ").append(briefing.day()).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		html.append("<h1>").append(escape(briefing.title())).append("</h1>\n");
		html.append("<p class=\"date\">").append(briefing.day()).append("</p>\n");
		html.append("<p class=\"").append(briefing.hasData() ? "summary" : "nodata").append("\">").append(escape(briefing.summary()))
				.append("</p>\n");
		html.append("<h2>").append(escape("卡口检查 Checkpoint totals")).append("</h2>\n");
		figures(html, briefing.headline());
		ledger(html, briefing.ledger());
		if (!briefing.charts().isEmpty()) {
			html.append("<h2>").append(escape("图表 Charts")).append("</h2>\n");
			images(html, briefing.charts(), false);
		}
		for (BriefingSection section : briefing.sections()) {
			html.append("<h2>").append(escape(section.title())).append("</h2>\n");
			for (String note : section.notes()) {
				html.append("<p>").append(escape(note)).append("</p>\n");
			}
			figures(html, section.figures());
			for (BriefingList list : section.lists()) {
				html.append("<h3>").append(escape(list.title())).append(" (").append(list.items().size()).append(")</h3>\n<p>")
						.append(list.items().isEmpty() ? "—" : escape(String.join("、", list.items()))).append("</p>\n");
			}
			images(html, section.images(), true);
		}
		html.append("</body>\n</html>\n");
		try {
			out.write(html.toString());
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the briefing: " + e.getMessage(), e);
		}
	}

	/** Embedded as data: URIs, so that the page stays one file that can be mailed or copied alone. */
	private static void images(StringBuilder html, List<BriefingImage> images, boolean captions) {
		for (BriefingImage image : images) {
			html.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(image.png()))
					.append("\" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append("\" alt=\"")
					.append(escape(image.caption())).append("\">");
			if (captions) {
				html.append("<figcaption>").append(escape(image.caption())).append("</figcaption>");
			}
			html.append("</figure>\n");
		}
	}

	private static void figures(StringBuilder html, List<BriefingFigure> figures) {
		if (figures.isEmpty()) {
			return;
		}
		html.append("<table>\n<tr><th></th><th>当日 Day</th><th>累计 To date</th></tr>\n");
		for (BriefingFigure figure : figures) {
			html.append("<tr><td>").append(escape(figure.label())).append("</td><td class=\"number\">")
					.append(figure.day() == null ? "" : escape(figure.day())).append("</td><td class=\"number\">")
					.append(escape(figure.cumulative())).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void ledger(StringBuilder html, ZeroReportLedger ledger) {
		html.append("<h2>").append(escape("零报告台账 Zero-report ledger")).append("</h2>\n<table>\n");
		row(html, "报告有情况 Reported findings", ledger.reported());
		row(html, "零报告 Reported zero", ledger.zero());
		row(html, "未报告 Missing", ledger.missing());
		html.append("</table>\n");
	}

	private static void row(StringBuilder html, String label, List<String> townships) {
		html.append("<tr><th>").append(escape(label)).append(" (").append(townships.size()).append(")</th><td>")
				.append(townships.isEmpty() ? "—" : escape(String.join("、", townships))).append("</td></tr>\n");
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
