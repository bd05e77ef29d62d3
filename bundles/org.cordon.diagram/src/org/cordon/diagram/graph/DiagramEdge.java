package org.cordon.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cordon.diagram.description.Style;

/** An edge between two shown nodes; its route is in absolute diagram units. */
public final class DiagramEdge implements DiagramElement {

	/** A point of a route. */
	public record Point(double x, double y) {
	}

	private final String id;
	private final String mappingId;
	private final Object semantic;
	private final DiagramNode source;
	private final DiagramNode target;
	private final String label;
	private final Style style;
	private final List<DiagramProblem> problems = new ArrayList<>();
	private List<Point> route = List.of();
	private List<Point> layoutRoute;

	DiagramEdge(String id, String mappingId, Object semantic, DiagramNode source, DiagramNode target, String label, Style style) {
		this.id = id;
		this.mappingId = mappingId;
		this.semantic = semantic;
		this.source = source;
		this.target = target;
		this.label = label == null ? "" : label;
		this.style = style;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String mappingId() {
		return mappingId;
	}

	@Override
	public Object semantic() {
		return semantic;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public Style style() {
		return style;
	}

	@Override
	public List<DiagramProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public List<Point> route() {
		return route;
	}

	public void setRoute(List<Point> newRoute) {
		this.route = List.copyOf(newRoute);
	}

	/**
	 * The route ELK gave the edge (start, bend points, end), or {@code null} when ELK did not
	 * route it or one of its ends has been moved since; {@link DiagramGraph#routeEdges} prefers it
	 * to a straight line.
	 */
	public List<Point> layoutRoute() {
		return layoutRoute;
	}

	public void setLayoutRoute(List<Point> newRoute) {
		this.layoutRoute = newRoute == null ? null : List.copyOf(newRoute);
	}

	/** Distance from a point to the route, for hit testing. */
	public double distanceTo(double px, double py) {
		double best = Double.MAX_VALUE;
		for (int i = 1; i < route.size(); i++) {
			best = Math.min(best, segmentDistance(route.get(i - 1), route.get(i), px, py));
		}
		return best;
	}

	private static double segmentDistance(Point a, Point b, double px, double py) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / lengthSquared));
		double cx = a.x() + t * dx - px;
		double cy = a.y() + t * dy - py;
		return Math.sqrt(cx * cx + cy * cy);
	}
}
