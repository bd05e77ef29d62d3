package org.cordon.diagram.render;

import java.util.List;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.graph.DiagramEdge.Point;

/**
 * What a diagram looks like, in diagram units, independent of where it is drawn: the editor's
 * canvas, SVG and PNG all draw the same figures in order.
 */
public record Drawing(double width, double height, List<Figure> figures) {

	public Drawing {
		figures = List.copyOf(figures);
	}

	/** What one element looks like. */
	public record Figure(String elementId, Kind kind, String label, List<Shape> shapes) {
		public Figure {
			shapes = List.copyOf(shapes);
		}
	}

	public enum Kind {
		NODE, CONTAINER, EDGE;

		public String cssClass() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public enum Anchor {
		START, MIDDLE
	}

	public sealed interface Shape permits Box, Line, Text, Badge {
	}

	/** A rectangle, rounded when {@code radius} is above 0; no fill when {@code fill} is null. */
	public record Box(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
			double radius, boolean dashed) implements Shape {
	}

	/** A polyline, with an arrowhead at its last point if asked. */
	public record Line(List<Point> points, Rgb stroke, double width, boolean dashed, boolean arrow) implements Shape {
		public Line {
			points = List.copyOf(points);
		}
	}

	/** One line of text; {@code y} is the top of its line box, {@code x} its start or middle. */
	public record Text(double x, double y, String text, int size, boolean bold, Rgb color, Anchor anchor) implements Shape {

		/** The baseline for renderers that place text by it. */
		public double baseline() {
			return y + Math.ceil(size * 1.35) * 0.78;
		}
	}

	/** A small disc with a sign in it, e.g. the problem marker on a node. */
	public record Badge(double centreX, double centreY, double radius, Rgb fill, String sign) implements Shape {
	}
}
