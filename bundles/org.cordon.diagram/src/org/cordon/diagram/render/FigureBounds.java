package org.cordon.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.cordon.diagram.graph.DiagramEdge.Point;
import org.cordon.diagram.layout.TextMetrics;
import org.cordon.diagram.render.Drawing.Badge;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Shape;
import org.cordon.diagram.render.Drawing.Text;

/**
 * The area each figure of a drawing covers, in diagram units, so that a canvas paints only the
 * figures in view: at ten times the county the pairing diagram has some 3,300 figures, and a
 * window at 100 % shows a few dozen of them. A figure counts by the rectangle around all its
 * shapes: a bent edge may be painted while its corner is out of view, but nothing in view is
 * ever left out.
 */
public final class FigureBounds {

	/** Room for what a shape's own numbers leave out: line widths, arrowheads, text wider than estimated. */
	private static final double MARGIN = 12;

	private final Drawing drawing;
	/** Per figure: least x, least y, greatest x, greatest y. */
	private final double[] bounds;

	private FigureBounds(Drawing drawing) {
		this.drawing = drawing;
		List<Figure> figures = drawing.figures();
		bounds = new double[figures.size() * 4];
		for (int i = 0; i < figures.size(); i++) {
			double[] area = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (Shape shape : figures.get(i).shapes()) {
				include(area, shape);
			}
			System.arraycopy(area, 0, bounds, i * 4, 4);
		}
	}

	public static FigureBounds of(Drawing drawing) {
		return new FigureBounds(drawing);
	}

	public Drawing drawing() {
		return drawing;
	}

	/** The figures that reach into the rectangle, in the drawing's order (which is the order to paint them in). */
	public List<Figure> within(double x, double y, double width, double height) {
		List<Figure> figures = drawing.figures();
		List<Figure> found = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			int at = i * 4;
			if (bounds[at] - MARGIN <= x + width && bounds[at + 2] + MARGIN >= x && bounds[at + 1] - MARGIN <= y + height
					&& bounds[at + 3] + MARGIN >= y) {
				found.add(figures.get(i));
			}
		}
		return found;
	}

	private static void include(double[] area, Shape shape) {
		switch (shape) {
		case Box box -> {
			include(area, box.x(), box.y());
			include(area, box.x() + box.width(), box.y() + box.height());
		}
		case Line line -> {
			for (Point point : line.points()) {
				include(area, point.x(), point.y());
			}
		}
		case Text text -> {
			double width = TextMetrics.width(text.text(), text.size());
			double left = text.anchor() == Drawing.Anchor.MIDDLE ? text.x() - width / 2 : text.x();
			include(area, left, text.y());
			include(area, left + width, text.y() + TextMetrics.lineHeight(text.size()));
		}
		case Badge badge -> {
			include(area, badge.centreX() - badge.radius(), badge.centreY() - badge.radius());
			include(area, badge.centreX() + badge.radius(), badge.centreY() + badge.radius());
		}
		}
	}

	private static void include(double[] area, double x, double y) {
		area[0] = Math.min(area[0], x);
		area[1] = Math.min(area[1], y);
		area[2] = Math.max(area[2], x);
		area[3] = Math.max(area[3], y);
	}
}
