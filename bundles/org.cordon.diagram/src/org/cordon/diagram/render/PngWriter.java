package org.cordon.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.graph.DiagramEdge.Point;
import org.cordon.diagram.render.Drawing.Badge;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Shape;
import org.cordon.diagram.render.Drawing.Text;

/**
 * Draws a drawing into a PNG with Java 2D, which needs no display: the command line runs
 * headless, and the workbench exports with the same code.
 */
public final class PngWriter {

	/** Larger images are scaled down to fit: a 5,000-node diagram would otherwise need gigabytes. */
	public static final int MAX_SIDE = 16_000;

	private PngWriter() {
	}

	/** The scale at which a drawing is written: 1, or less if it is larger than {@link #MAX_SIDE}. */
	public static double scaleFor(Drawing drawing, double wanted) {
		double largest = Math.max(drawing.width(), drawing.height()) * wanted;
		return largest > MAX_SIDE ? wanted * MAX_SIDE / largest : wanted;
	}

	public static int pixels(double units, double scale) {
		// Less a rounding error: a side scaled down to MAX_SIDE must not come out one pixel over it.
		return Math.max(1, (int) Math.ceil(units * scale - 1e-6));
	}

	public static BufferedImage render(Drawing drawing, double scale) {
		BufferedImage image = new BufferedImage(pixels(drawing.width(), scale), pixels(drawing.height(), scale), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.scale(scale, scale);
			for (Figure figure : drawing.figures()) {
				for (Shape shape : figure.shapes()) {
					draw(g, shape);
				}
			}
		} finally {
			g.dispose();
		}
		return image;
	}

	public static void write(Drawing drawing, double scale, OutputStream out) throws IOException {
		if (!ImageIO.write(render(drawing, scale), "png", out)) {
			throw new IOException("this Java has no PNG writer");
		}
	}

	private static void draw(Graphics2D g, Shape shape) {
		switch (shape) {
		case Box box -> {
			RoundRectangle2D.Double rect = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), box.radius() * 2,
					box.radius() * 2);
			boolean bordered = box.stroke() != null && box.strokeWidth() > 0;
			if (box.fill() != null) {
				g.setColor(colour(box.fill()));
				if (bordered) {
					// Antialiasing costs in proportion to the area filled (most of a big diagram);
					// the antialiased border drawn over the fill's edge smooths it anyway.
					g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
					g.fill(rect);
					g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				} else {
					g.fill(rect);
				}
			}
			if (bordered) {
				g.setColor(colour(box.stroke()));
				g.setStroke(stroke(box.strokeWidth(), box.dashed()));
				g.draw(rect);
			}
		}
		case Line line -> {
			List<Point> points = line.points();
			if (points.size() < 2) {
				return;
			}
			Path2D.Double path = new Path2D.Double();
			path.moveTo(points.get(0).x(), points.get(0).y());
			for (int i = 1; i < points.size(); i++) {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
			g.setColor(colour(line.stroke()));
			g.setStroke(stroke(line.width(), line.dashed()));
			g.draw(path);
			if (line.arrow()) {
				g.fill(arrowHead(points.get(points.size() - 2), points.get(points.size() - 1)));
			}
		}
		case Text text -> {
			g.setFont(font(text.bold(), text.size()));
			g.setColor(colour(text.color()));
			FontMetrics metrics = g.getFontMetrics();
			double x = text.anchor() == Drawing.Anchor.MIDDLE ? text.x() - metrics.stringWidth(text.text()) / 2.0 : text.x();
			g.drawString(text.text(), (float) x, (float) text.baseline());
		}
		case Badge badge -> {
			g.setColor(colour(badge.fill()));
			double r = badge.radius();
			g.fill(new Ellipse2D.Double(badge.centreX() - r, badge.centreY() - r, 2 * r, 2 * r));
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(r * 1.5)));
			FontMetrics metrics = g.getFontMetrics();
			g.drawString(badge.sign(), (float) (badge.centreX() - metrics.stringWidth(badge.sign()) / 2.0),
					(float) (badge.centreY() + r * 0.55));
		}
		}
	}

	/** A filled triangle whose tip is at {@code tip}, pointing along the segment from {@code from}. */
	public static Path2D.Double arrowHead(Point from, Point tip) {
		double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
		double length = 8;
		double spread = Math.toRadians(22);
		Path2D.Double head = new Path2D.Double();
		head.moveTo(tip.x(), tip.y());
		head.lineTo(tip.x() - length * Math.cos(angle - spread), tip.y() - length * Math.sin(angle - spread));
		head.lineTo(tip.x() - length * Math.cos(angle + spread), tip.y() - length * Math.sin(angle + spread));
		head.closePath();
		return head;
	}

	private static final java.util.Map<Integer, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

	/** One font object per style and size: a big diagram has thousands of labels in a few fonts. */
	private static Font font(boolean bold, int size) {
		return FONTS.computeIfAbsent(bold ? -size : size, key -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
	}

	private static BasicStroke stroke(double width, boolean dashed) {
		return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 3 }, 0)
				: new BasicStroke((float) width);
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}
}
