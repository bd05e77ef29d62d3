package org.cordon.diagram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.description.Severity;
import org.cordon.diagram.description.Style;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.graph.DiagramProblem;
import org.cordon.diagram.layout.DiagramLayout;
import org.cordon.diagram.layout.TextMetrics;
import org.cordon.diagram.render.Drawing.Anchor;
import org.cordon.diagram.render.Drawing.Badge;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Kind;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Shape;
import org.cordon.diagram.render.Drawing.Text;

/**
 * Turns a laid-out graph into a drawing: containers first, then edges, then nodes, so that
 * lines never cover a label; a node with problems carries a badge in the colour of the worst.
 */
public final class DiagramPainter {

	public static final Rgb ERROR = Rgb.hex("#d32f2f");
	public static final Rgb WARNING = Rgb.hex("#f29d0b");
	public static final Rgb INFO = Rgb.hex("#3b78c2");

	private DiagramPainter() {
	}

	public static Drawing paint(DiagramGraph graph) {
		List<Figure> figures = new ArrayList<>();
		List<DiagramNode> nodes = graph.nodes();
		for (DiagramNode node : nodes) {
			if (node.isContainer()) {
				figures.add(container(node));
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			figures.add(edge(edge));
		}
		for (DiagramNode node : nodes) {
			if (!node.isContainer()) {
				figures.add(node(node));
			}
		}
		return new Drawing(graph.width(), graph.height(), figures);
	}

	private static Figure container(DiagramNode node) {
		Style style = node.style();
		double x = node.absoluteX();
		double y = node.absoluteY();
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Box(x, y, node.width(), node.height(), style.fill(), style.border(), style.borderWidth(), style.cornerRadius(),
				style.dashed()));
		double lineHeight = TextMetrics.lineHeight(style.fontSize());
		double top = y + 5;
		for (String line : TextMetrics.lines(node.label())) {
			shapes.add(new Text(x + DiagramLayout.CONTAINER_PADDING, top, line, style.fontSize(), style.bold(), style.text(), Anchor.START));
			top += lineHeight;
		}
		badge(node, shapes);
		return new Figure(node.id(), Kind.CONTAINER, node.label(), shapes);
	}

	private static Figure node(DiagramNode node) {
		Style style = node.style();
		double x = node.absoluteX();
		double y = node.absoluteY();
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Box(x, y, node.width(), node.height(), style.fill(), style.border(), style.borderWidth(), style.cornerRadius(),
				style.dashed()));
		String[] lines = TextMetrics.lines(node.label());
		double lineHeight = TextMetrics.lineHeight(style.fontSize());
		double top = y + (node.height() - lines.length * lineHeight) / 2;
		for (int i = 0; i < lines.length; i++) {
			// The first line is the name; the lines under it are details, drawn plain.
			shapes.add(new Text(x + node.width() / 2, top, lines[i], style.fontSize(), style.bold() && i == 0, style.text(), Anchor.MIDDLE));
			top += lineHeight;
		}
		badge(node, shapes);
		return new Figure(node.id(), Kind.NODE, node.label(), shapes);
	}

	private static Figure edge(DiagramEdge edge) {
		Style style = edge.style();
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Line(edge.route(), style.border(), style.borderWidth(), style.dashed(), true));
		if (!edge.label().isEmpty() && edge.route().size() >= 2) {
			var a = edge.route().get(0);
			var b = edge.route().get(edge.route().size() - 1);
			shapes.add(new Text((a.x() + b.x()) / 2, (a.y() + b.y()) / 2 - TextMetrics.lineHeight(style.fontSize()), edge.label(),
					style.fontSize(), false, style.text(), Anchor.MIDDLE));
		}
		return new Figure(edge.id(), Kind.EDGE, edge.label(), shapes);
	}

	private static void badge(DiagramNode node, List<Shape> shapes) {
		node.problems().stream().map(DiagramProblem::severity).max(Comparator.naturalOrder()).ifPresent(worst -> shapes.add(
				new Badge(node.absoluteX() + node.width() - 2, node.absoluteY() + 2, 7, colour(worst), worst == Severity.INFO ? "i" : "!")));
	}

	public static Rgb colour(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		case INFO -> INFO;
		};
	}
}
