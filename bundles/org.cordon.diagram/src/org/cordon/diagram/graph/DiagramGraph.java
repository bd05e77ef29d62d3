package org.cordon.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.diagram.description.ChildLayout;
import org.cordon.diagram.graph.DiagramEdge.Point;

/** A built diagram: its nodes in containment order, its edges, and the problems found. */
public final class DiagramGraph {

	/** Space around the drawing. */
	public static final double MARGIN = 20;

	private final String diagramId;
	private final ChildLayout topLevelLayout;
	private final List<DiagramNode> roots = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final Map<String, DiagramElement> elements = new LinkedHashMap<>();
	private final List<DiagramProblem> problems = new ArrayList<>();

	DiagramGraph(String diagramId, ChildLayout topLevelLayout) {
		this.diagramId = diagramId;
		this.topLevelLayout = topLevelLayout;
	}

	/** How the description arranges the top-level elements. */
	public ChildLayout topLevelLayout() {
		return topLevelLayout;
	}

	public String diagramId() {
		return diagramId;
	}

	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** Every node and container, each container before what it holds. */
	public List<DiagramNode> nodes() {
		List<DiagramNode> all = new ArrayList<>();
		roots.forEach(root -> collect(root, all));
		return all;
	}

	private static void collect(DiagramNode node, List<DiagramNode> into) {
		into.add(node);
		node.children().forEach(child -> collect(child, into));
	}

	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public List<DiagramProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public DiagramElement element(String id) {
		return elements.get(id);
	}

	public DiagramNode node(String id) {
		return elements.get(id) instanceof DiagramNode node ? node : null;
	}

	void add(DiagramNode node) {
		if (elements.putIfAbsent(node.id(), node) != null) {
			throw new IllegalStateException("two elements of " + diagramId + " have the id " + node.id());
		}
		if (node.parent() == null) {
			roots.add(node);
		}
	}

	void add(DiagramEdge edge) {
		if (elements.putIfAbsent(edge.id(), edge) != null) {
			throw new IllegalStateException("two elements of " + diagramId + " have the id " + edge.id());
		}
		edges.add(edge);
	}

	void addProblem(DiagramProblem problem) {
		problems.add(problem);
		DiagramElement element = elements.get(problem.elementId());
		if (element instanceof DiagramNode node) {
			node.addProblem(problem);
		}
	}

	/** The innermost node at an absolute point, or {@code null}; later (drawn on top) first. */
	public DiagramNode nodeAt(double x, double y) {
		return nodeAt(x, y, null);
	}

	/** The innermost node at a point that is not {@code excluded} nor inside it. */
	public DiagramNode nodeAt(double x, double y, DiagramNode excluded) {
		for (int i = roots.size() - 1; i >= 0; i--) {
			DiagramNode hit = nodeAt(roots.get(i), x, y, excluded);
			if (hit != null) {
				return hit;
			}
		}
		return null;
	}

	private static DiagramNode nodeAt(DiagramNode node, double x, double y, DiagramNode excluded) {
		if (node == excluded || !node.contains(x, y)) {
			return null;
		}
		for (int i = node.children().size() - 1; i >= 0; i--) {
			DiagramNode hit = nodeAt(node.children().get(i), x, y, excluded);
			if (hit != null) {
				return hit;
			}
		}
		return node;
	}

	/** The edge within {@code tolerance} of a point, or {@code null}. */
	public DiagramEdge edgeAt(double x, double y, double tolerance) {
		DiagramEdge best = null;
		double bestDistance = tolerance;
		for (DiagramEdge edge : edges) {
			double distance = edge.distanceTo(x, y);
			if (distance <= bestDistance) {
				best = edge;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Total width, from 0 to the right edge of the rightmost node plus the margin. */
	public double width() {
		double right = 0;
		for (DiagramNode root : roots) {
			right = Math.max(right, root.x() + root.width());
		}
		return right + MARGIN;
	}

	public double height() {
		double bottom = 0;
		for (DiagramNode root : roots) {
			bottom = Math.max(bottom, root.y() + root.height());
		}
		return bottom + MARGIN;
	}

	/**
	 * Routes every edge along the route ELK gave it, or, when it has none (its ends were moved or
	 * pinned), as a straight line between the borders of its two nodes, towards their centres;
	 * run after any node moved.
	 */
	public void routeEdges() {
		for (DiagramEdge edge : edges) {
			if (edge.layoutRoute() != null) {
				edge.setRoute(edge.layoutRoute());
				continue;
			}
			DiagramNode s = edge.source();
			DiagramNode t = edge.target();
			double sx = s.absoluteX() + s.width() / 2;
			double sy = s.absoluteY() + s.height() / 2;
			double tx = t.absoluteX() + t.width() / 2;
			double ty = t.absoluteY() + t.height() / 2;
			edge.setRoute(List.of(border(s, sx, sy, tx, ty), border(t, tx, ty, sx, sy)));
		}
	}

	/** Where the line from a node's centre towards another point leaves the node. */
	private static Point border(DiagramNode node, double cx, double cy, double towardsX, double towardsY) {
		double dx = towardsX - cx;
		double dy = towardsY - cy;
		if (dx == 0 && dy == 0) {
			return new Point(cx, cy);
		}
		double halfWidth = node.width() / 2;
		double halfHeight = node.height() / 2;
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
		scale = Math.min(scale, 1);
		return new Point(cx + dx * scale, cy + dy * scale);
	}

	/**
	 * Forgets ELK's routes of the edges at these nodes or at anything they contain, because
	 * the nodes no longer stand where ELK put them; their edges are then drawn straight.
	 */
	public void forgetLayoutRoutes(java.util.Collection<String> movedNodeIds) {
		for (DiagramEdge edge : edges) {
			if (edge.layoutRoute() != null && (insideAny(edge.source(), movedNodeIds) || insideAny(edge.target(), movedNodeIds))) {
				edge.setLayoutRoute(null);
			}
		}
	}

	private static boolean insideAny(DiagramNode node, java.util.Collection<String> ids) {
		for (DiagramNode n = node; n != null; n = n.parent()) {
			if (ids.contains(n.id())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Grows containers so that they hold their children again after one was moved or pinned
	 * outside them; containers never shrink here (Arrange All makes them tight again).
	 */
	public void fitContainers() {
		roots.forEach(DiagramGraph::fit);
	}

	private static void fit(DiagramNode node) {
		node.children().forEach(DiagramGraph::fit);
		if (node.children().isEmpty()) {
			return;
		}
		double shiftX = 0;
		double shiftY = 0;
		double right = node.width();
		double bottom = node.height();
		for (DiagramNode child : node.children()) {
			shiftX = Math.max(shiftX, -child.x() + 8);
			shiftY = Math.max(shiftY, -child.y() + 8);
			right = Math.max(right, child.x() + child.width() + 8);
			bottom = Math.max(bottom, child.y() + child.height() + 8);
		}
		if (shiftX > 0 || shiftY > 0) {
			// A child moved above or left of its container: the container moves with it instead.
			double moveX = Math.max(0, shiftX);
			double moveY = Math.max(0, shiftY);
			for (DiagramNode child : node.children()) {
				child.setLocation(child.x() + moveX, child.y() + moveY);
			}
			node.setBounds(node.x() - moveX, node.y() - moveY, right + moveX, bottom + moveY);
		} else {
			node.setBounds(node.x(), node.y(), right, bottom);
		}
	}
}
