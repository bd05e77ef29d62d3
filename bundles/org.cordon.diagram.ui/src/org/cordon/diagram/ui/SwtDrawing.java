package org.cordon.diagram.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.graph.DiagramEdge.Point;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.Drawing.Badge;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Shape;
import org.cordon.diagram.render.Drawing.Text;
import org.cordon.diagram.render.FigureBounds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Draws a {@link Drawing} with an SWT GC whose transform already holds zoom and scroll. */
final class SwtDrawing {

	private final Display display;
	private final Map<Rgb, Color> colours = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();

	SwtDrawing(Display display) {
		this.display = display;
	}

	/** Text smaller than this on the screen is not readable, only a smear: it is left out. */
	static final double LEAST_TEXT_PIXELS = 4;

	/** The bounds of the drawing painted last: a drawing is painted many times, and made anew only when the diagram changes. */
	private FigureBounds bounds;

	/**
	 * Draws the figures that reach into the rectangle in view (diagram units), at the zoom the
	 * GC's transform holds; labels too small to read at that zoom are left out.
	 */
	void draw(GC gc, Drawing drawing, double x, double y, double width, double height, double zoom) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (bounds == null || bounds.drawing() != drawing) {
			bounds = FigureBounds.of(drawing);
		}
		for (Figure figure : bounds.within(x, y, width, height)) {
			for (Shape shape : figure.shapes()) {
				if (readable(shape, zoom)) {
					draw(gc, shape);
				}
			}
		}
	}

	private static boolean readable(Shape shape, double zoom) {
		return !(shape instanceof Text text) || text.size() * zoom >= LEAST_TEXT_PIXELS;
	}

	private void draw(GC gc, Shape shape) {
		switch (shape) {
		case Box box -> {
			int x = (int) Math.round(box.x());
			int y = (int) Math.round(box.y());
			int w = (int) Math.round(box.width());
			int h = (int) Math.round(box.height());
			int arc = (int) Math.round(box.radius() * 2);
			if (box.fill() != null) {
				gc.setBackground(colour(box.fill()));
				gc.fillRoundRectangle(x, y, w, h, arc, arc);
			}
			if (box.stroke() != null && box.strokeWidth() > 0) {
				gc.setForeground(colour(box.stroke()));
				gc.setLineWidth((int) Math.max(1, Math.round(box.strokeWidth())));
				gc.setLineStyle(box.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
				gc.drawRoundRectangle(x, y, w, h, arc, arc);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		}
		case Line line -> {
			List<Point> points = line.points();
			if (points.size() < 2) {
				return;
			}
			int[] coordinates = new int[points.size() * 2];
			for (int i = 0; i < points.size(); i++) {
				coordinates[2 * i] = (int) Math.round(points.get(i).x());
				coordinates[2 * i + 1] = (int) Math.round(points.get(i).y());
			}
			gc.setForeground(colour(line.stroke()));
			gc.setLineWidth((int) Math.max(1, Math.round(line.width())));
			gc.setLineStyle(line.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
			gc.drawPolyline(coordinates);
			gc.setLineStyle(SWT.LINE_SOLID);
			if (line.arrow()) {
				arrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1), colour(line.stroke()));
			}
		}
		case Text text -> {
			gc.setFont(font(text.size(), text.bold()));
			gc.setForeground(colour(text.color()));
			int width = gc.textExtent(text.text()).x;
			double x = text.anchor() == Drawing.Anchor.MIDDLE ? text.x() - width / 2.0 : text.x();
			double lineHeight = Math.ceil(text.size() * 1.35);
			int height = gc.textExtent(text.text()).y;
			gc.drawText(text.text(), (int) Math.round(x), (int) Math.round(text.y() + (lineHeight - height) / 2), true);
		}
		case Badge badge -> {
			int r = (int) Math.round(badge.radius());
			gc.setBackground(colour(badge.fill()));
			gc.fillOval((int) Math.round(badge.centreX()) - r, (int) Math.round(badge.centreY()) - r, 2 * r, 2 * r);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.setFont(font((int) Math.round(r * 1.4), true));
			var extent = gc.textExtent(badge.sign());
			gc.drawText(badge.sign(), (int) Math.round(badge.centreX() - extent.x / 2.0), (int) Math.round(badge.centreY() - extent.y / 2.0),
					true);
		}
		}
	}

	static void arrowHead(GC gc, Point from, Point tip, Color colour) {
		double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
		double length = 8;
		double spread = Math.toRadians(22);
		Path path = new Path(gc.getDevice());
		try {
			path.moveTo((float) tip.x(), (float) tip.y());
			path.lineTo((float) (tip.x() - length * Math.cos(angle - spread)), (float) (tip.y() - length * Math.sin(angle - spread)));
			path.lineTo((float) (tip.x() - length * Math.cos(angle + spread)), (float) (tip.y() - length * Math.sin(angle + spread)));
			path.close();
			gc.setBackground(colour);
			gc.fillPath(path);
		} finally {
			path.dispose();
		}
	}

	Color colour(Rgb rgb) {
		return colours.computeIfAbsent(rgb, c -> new Color(display, new RGB(c.red(), c.green(), c.blue())));
	}

	private Font font(int size, boolean bold) {
		// Drawing units are pixels; SWT font heights are points.
		int points = Math.max(4, (int) Math.round(size * 72.0 / display.getDPI().y));
		return fonts.computeIfAbsent(points + (bold ? "b" : ""),
				key -> new Font(display, new FontData("Sans", points, bold ? SWT.BOLD : SWT.NORMAL)));
	}

	void dispose() {
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
		colours.clear();
		fonts.clear();
	}
}
