package org.cordon.diagram.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.graph.DiagramEdge.Point;
import org.cordon.diagram.render.Drawing.Badge;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Shape;
import org.cordon.diagram.render.Drawing.Text;

/**
 * Writes a drawing as SVG 1.1: one {@code <g>} per element, with the element's id in
 * {@code data-element} and its kind ({@code node}, {@code container}, {@code edge}) as class.
 */
public final class SvgWriter {

	static final String FONTS = "'Noto Sans CJK SC','WenQuanYi Micro Hei','Droid Sans Fallback',sans-serif";

	private SvgWriter() {
	}

	public static void write(Drawing drawing, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(drawing.width()) + "\" height=\""
				+ n(drawing.height()) + "\" viewBox=\"0 0 " + n(drawing.width()) + " " + n(drawing.height()) + "\" font-family=\""
				+ FONTS + "\">\n");
		out.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
				+ "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#7a869e\"/></marker></defs>\n");
		out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (Figure figure : drawing.figures()) {
			out.write("<g class=\"" + figure.kind().cssClass() + "\" data-element=\"" + escape(figure.elementId()) + "\">");
			out.write("<title>" + escape(figure.label()) + "</title>");
			for (Shape shape : figure.shapes()) {
				write(shape, out);
			}
			out.write("</g>\n");
		}
		out.write("</svg>\n");
	}

	private static void write(Shape shape, Writer out) throws IOException {
		switch (shape) {
		case Box box -> out.write("<rect x=\"" + n(box.x()) + "\" y=\"" + n(box.y()) + "\" width=\"" + n(box.width()) + "\" height=\""
				+ n(box.height()) + "\" rx=\"" + n(box.radius()) + "\" fill=\"" + colour(box.fill()) + "\" stroke=\""
				+ colour(box.stroke()) + "\" stroke-width=\"" + n(box.strokeWidth()) + "\"" + dashes(box.dashed()) + "/>");
		case Line line -> {
			StringBuilder points = new StringBuilder();
			for (Point p : line.points()) {
				points.append(n(p.x())).append(',').append(n(p.y())).append(' ');
			}
			out.write("<polyline points=\"" + points.toString().trim() + "\" fill=\"none\" stroke=\"" + colour(line.stroke())
					+ "\" stroke-width=\"" + n(line.width()) + "\"" + dashes(line.dashed())
					+ (line.arrow() ? " marker-end=\"url(#arrow)\"" : "") + "/>");
		}
		case Text text -> out.write("<text x=\"" + n(text.x()) + "\" y=\"" + n(text.baseline()) + "\" font-size=\"" + text.size()
				+ "\"" + (text.bold() ? " font-weight=\"bold\"" : "") + " fill=\"" + colour(text.color()) + "\""
				+ (text.anchor() == Drawing.Anchor.MIDDLE ? " text-anchor=\"middle\"" : "") + ">" + escape(text.text()) + "</text>");
		case Badge badge -> out.write("<circle cx=\"" + n(badge.centreX()) + "\" cy=\"" + n(badge.centreY()) + "\" r=\""
				+ n(badge.radius()) + "\" fill=\"" + colour(badge.fill()) + "\" stroke=\"#ffffff\"/><text x=\"" + n(badge.centreX())
				+ "\" y=\"" + n(badge.centreY() + badge.radius() * 0.55) + "\" font-size=\"" + n(badge.radius() * 1.5)
				+ "\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">" + escape(badge.sign()) + "</text>");
		}
	}

	private static String dashes(boolean dashed) {
		return dashed ? " stroke-dasharray=\"5,3\"" : "";
	}

	private static String colour(Rgb rgb) {
		return rgb == null ? "none" : rgb.toHex();
	}

	/** Numbers with at most two decimals and a point, whatever the locale. */
	static String n(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
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
			default -> {
				// Control characters other than tab and newline are not allowed in XML 1.0.
				if (c >= 0x20 || c == '\t' || c == '\n') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
