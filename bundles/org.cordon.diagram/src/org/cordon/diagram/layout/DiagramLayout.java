package org.cordon.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cordon.diagram.description.ChildLayout;
import org.cordon.diagram.description.LayoutDirection;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.services.diagram.DiagramPositionService.Place;
import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a diagram's nodes with ELK: each container's children by its child layout (layered or
 * box), the top level with ELK layered along the edges, or packed into a page-shaped area when
 * the description says so. An edge between nodes in different
 * containers is given to ELK as an edge between the outermost distinct containers that hold its
 * ends, so that layering sees it. ELK's own seed is fixed, so the same graph always gets the
 * same coordinates. Pinned nodes then go back where the user put them.
 */
public final class DiagramLayout {

	public static final double NODE_MIN_WIDTH = 64;
	public static final double NODE_PADDING_X = 10;
	public static final double NODE_PADDING_Y = 7;
	public static final double CONTAINER_PADDING = 12;

	private static final String LAYERED = "org.eclipse.elk.layered";
	private static final String BOX = "org.eclipse.elk.box";
	/** Width over height a packed arrangement aims at: a screen, or an A4 page on its side. */
	private static final double PAGE_ASPECT_RATIO = 1.4;

	static {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		// ELK finds its providers with the service loader, which does not cross bundles in OSGi.
		if (service.getAlgorithmData(LAYERED) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
		if (service.getAlgorithmData(BOX) == null) {
			service.registerLayoutMetaDataProviders(new BoxLayouterOptions());
		}
	}

	private DiagramLayout() {
	}

	/** Lays the whole graph out, then puts pinned nodes at their places and routes the edges. */
	public static void arrange(DiagramGraph graph, LayoutDirection direction, Map<String, Place> pinned) {
		ElkGraph elk = buildElk(graph, direction);
		new RecursiveGraphLayoutEngine().layout(elk.root(), new BasicProgressMonitor());
		if (graph.topLevelLayout() == ChildLayout.BOX) {
			packTopLevel(elk.root());
		}
		copyPositions(graph, elk.nodes(), pinned);
		copyRoutes(elk.edges(), pinned);
		graph.fitContainers();
		graph.routeEdges();
	}

	/**
	 * The ELK graph of a diagram, with the same options {@link #arrange} uses: for comparing our
	 * layer with plain ELK in the benchmark.
	 */
	public static ElkNode toElk(DiagramGraph graph, LayoutDirection direction) {
		return buildElk(graph, direction).root();
	}

	private record ElkGraph(ElkNode root, Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges) {
	}

	private static ElkGraph buildElk(DiagramGraph graph, LayoutDirection direction) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setIdentifier(graph.diagramId());
		boolean boxAtTop = graph.topLevelLayout() == ChildLayout.BOX;
		root.setProperty(CoreOptions.PADDING, new ElkPadding(DiagramGraph.MARGIN));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		if (boxAtTop) {
			root.setProperty(CoreOptions.ALGORITHM, BOX);
			root.setProperty(CoreOptions.ASPECT_RATIO, PAGE_ASPECT_RATIO);
		} else {
			root.setProperty(CoreOptions.ALGORITHM, LAYERED);
			root.setProperty(CoreOptions.DIRECTION, direction == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
			root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
			root.setProperty(LayeredOptions.RANDOM_SEED, 1);
			// The description's order is the reading order (the office, then the groups in the
			// county's order): a layer keeps it instead of whatever crosses least.
			root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		}
		Map<DiagramNode, ElkNode> elkNodes = new HashMap<>();
		for (DiagramNode node : graph.nodes()) {
			ElkNode parent = node.parent() == null ? root : elkNodes.get(node.parent());
			ElkNode elk = ElkGraphUtil.createNode(parent);
			elk.setIdentifier(node.id());
			elkNodes.put(node, elk);
			if (node.isContainer()) {
				configureContainer(node, elk, direction);
			} else {
				elk.setDimensions(nodeWidth(node), nodeHeight(node));
			}
		}
		// ELK box sorts by priority before size: descending priorities keep the model's order
		// (the order of precedence in the leadership diagram) instead of the biggest first.
		if (boxAtTop) {
			keepModelOrder(root);
		}
		for (DiagramNode node : graph.nodes()) {
			if (node.isContainer() && node.childLayout() == ChildLayout.BOX) {
				keepModelOrder(elkNodes.get(node));
			}
		}
		Map<DiagramEdge, ElkEdge> routed = new LinkedHashMap<>();
		boolean acrossHierarchy = false;
		Set<String> connected = new HashSet<>();
		for (DiagramEdge edge : graph.edges()) {
			if (edge.source() != edge.target() && onlyLayeredAround(edge.source()) && onlyLayeredAround(edge.target())
					&& (!boxAtTop || edge.source().parent() == edge.target().parent())
					&& distinctAncestors(edge.source(), edge.target()) != null) {
				// ELK layered routes it end to end, through the containers (hierarchy handling below).
				routed.put(edge, ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target())));
				acrossHierarchy |= edge.source().parent() != edge.target().parent();
				continue;
			}
			DiagramNode[] ends = distinctAncestors(edge.source(), edge.target());
			if (ends == null || ends[0].parent() == null && boxAtTop) {
				// ELK box ignores edges: between top-level boxes an edge is drawn straight.
				continue;
			}
			ElkNode source = elkNodes.get(ends[0]);
			ElkNode target = elkNodes.get(ends[1]);
			if (connected.add(ends[0].id() + "->" + ends[1].id())) {
				ElkGraphUtil.createSimpleEdge(source, target);
			}
		}
		if (acrossHierarchy) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
			// Edges from many containers into one layer cross a lot unless ELK works harder at it.
			root.setProperty(LayeredOptions.THOROUGHNESS, 20);
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.TWO_SIDED);
			root.setProperty(CoreOptions.SPACING_NODE_NODE, 12.0);
			// Between two long columns, orthogonal routes pile their vertical runs into one wide
			// channel; polylines stay next to the straight line between the ordered nodes.
			root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		}
		return new ElkGraph(root, elkNodes, routed);
	}

	/**
	 * Puts the top-level boxes, in the model's order, each at the lowest, then leftmost free
	 * place under a skyline as wide as a page-shaped area holding them all. ELK box puts boxes
	 * in rows as tall as their tallest, so beside one big township only a single row of small
	 * ones would stand; the skyline stacks them into the space next to it.
	 */
	static void packTopLevel(ElkNode root) {
		double spacing = root.getProperty(CoreOptions.SPACING_NODE_NODE);
		double area = 0;
		double widest = 0;
		for (ElkNode child : root.getChildren()) {
			area += (child.getWidth() + spacing) * (child.getHeight() + spacing);
			widest = Math.max(widest, child.getWidth() + spacing);
		}
		double width = Math.max(widest, Math.sqrt(area * PAGE_ASPECT_RATIO));
		// The skyline: x where each step starts, and the height of the boxes below it.
		List<double[]> skyline = new ArrayList<>();
		skyline.add(new double[] { 0, 0 });
		for (ElkNode child : root.getChildren()) {
			double w = child.getWidth() + spacing;
			double h = child.getHeight() + spacing;
			double bestX = 0;
			double bestY = Double.MAX_VALUE;
			for (int i = 0; i < skyline.size(); i++) {
				double x = skyline.get(i)[0];
				if (x + w > width + 0.5 && i > 0) {
					break;
				}
				double y = 0;
				for (int j = i; j < skyline.size() && skyline.get(j)[0] < x + w - 0.5; j++) {
					y = Math.max(y, skyline.get(j)[1]);
				}
				if (y < bestY - 0.5) {
					bestX = x;
					bestY = y;
				}
			}
			child.setLocation(DiagramGraph.MARGIN + bestX, DiagramGraph.MARGIN + bestY);
			raise(skyline, bestX, bestX + w, bestY + h);
		}
	}

	/** Sets the skyline to {@code top} from {@code start} to {@code end}. */
	private static void raise(List<double[]> skyline, double start, double end, double top) {
		double heightAtEnd = 0;
		List<double[]> raised = new ArrayList<>();
		for (double[] step : skyline) {
			if (step[0] < start - 0.5) {
				raised.add(step);
			}
			if (step[0] <= end + 0.5) {
				heightAtEnd = step[1];
			}
		}
		raised.add(new double[] { start, top });
		boolean endAdded = false;
		for (double[] step : skyline) {
			if (step[0] > end + 0.5) {
				if (!endAdded) {
					raised.add(new double[] { end, heightAtEnd });
					endAdded = true;
				}
				raised.add(step);
			}
		}
		if (!endAdded) {
			raised.add(new double[] { end, heightAtEnd });
		}
		skyline.clear();
		skyline.addAll(raised);
	}

	private static void keepModelOrder(ElkNode parent) {
		int count = parent.getChildren().size();
		for (int i = 0; i < count; i++) {
			parent.getChildren().get(i).setProperty(BoxLayouterOptions.PRIORITY, count - i);
		}
	}

	/** Whether every container around a node lays its children out with ELK layered. */
	private static boolean onlyLayeredAround(DiagramNode node) {
		for (DiagramNode p = node.parent(); p != null; p = p.parent()) {
			if (p.childLayout() != ChildLayout.LAYERED) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Takes over ELK's routes (start, bend points, end) as absolute points, except for edges
	 * at a pinned node (or inside a pinned container): ELK routed those to where the node would
	 * have been, so they are drawn straight instead.
	 */
	private static void copyRoutes(Map<DiagramEdge, ElkEdge> edges, Map<String, Place> pinned) {
		edges.forEach((edge, elk) -> {
			edge.setLayoutRoute(null);
			if (elk.getSections().isEmpty() || pinnedAround(edge.source(), pinned) || pinnedAround(edge.target(), pinned)) {
				return;
			}
			// Section coordinates are relative to the node that contains the edge.
			double offsetX = 0;
			double offsetY = 0;
			for (ElkNode n = elk.getContainingNode(); n != null && n.getParent() != null; n = n.getParent()) {
				offsetX += n.getX();
				offsetY += n.getY();
			}
			List<DiagramEdge.Point> route = new ArrayList<>();
			for (ElkEdgeSection section : elk.getSections()) {
				if (route.isEmpty()) {
					route.add(new DiagramEdge.Point(offsetX + section.getStartX(), offsetY + section.getStartY()));
				}
				for (ElkBendPoint bend : section.getBendPoints()) {
					route.add(new DiagramEdge.Point(offsetX + bend.getX(), offsetY + bend.getY()));
				}
				route.add(new DiagramEdge.Point(offsetX + section.getEndX(), offsetY + section.getEndY()));
			}
			edge.setLayoutRoute(route);
		});
	}

	private static boolean pinnedAround(DiagramNode node, Map<String, Place> pinned) {
		for (DiagramNode n = node; n != null; n = n.parent()) {
			if (pinned.containsKey(n.id())) {
				return true;
			}
		}
		return false;
	}

	private static void configureContainer(DiagramNode node, ElkNode elk, LayoutDirection direction) {
		double title = titleHeight(node);
		elk.setProperty(CoreOptions.PADDING, new ElkPadding(title + 6, CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING));
		elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, java.util.EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(titleWidth(node), title + 2 * CONTAINER_PADDING));
		elk.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
		if (node.childLayout() == ChildLayout.LAYERED) {
			elk.setProperty(CoreOptions.ALGORITHM, LAYERED);
			elk.setProperty(CoreOptions.DIRECTION, direction == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
			elk.setProperty(LayeredOptions.RANDOM_SEED, 1);
			// Unconnected groups of children (a unit with its communities) fill rows of about a
			// page's proportions, in the model's order, instead of one long column.
			elk.setProperty(CoreOptions.ASPECT_RATIO, PAGE_ASPECT_RATIO);
			elk.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
			elk.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 28.0);
		} else {
			elk.setProperty(CoreOptions.ALGORITHM, BOX);
			// Otherwise it would inherit INCLUDE_CHILDREN and ELK layered would place its children.
			elk.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
			elk.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		}
	}

	private static void copyPositions(DiagramGraph graph, Map<DiagramNode, ElkNode> elkNodes, Map<String, Place> pinned) {
		for (DiagramNode node : graph.nodes()) {
			ElkNode elk = elkNodes.get(node);
			double width = elk.getWidth();
			if (node.isContainer()) {
				width = Math.max(width, titleWidth(node));
			}
			node.setBounds(elk.getX(), elk.getY(), width, elk.getHeight());
			Place place = pinned.get(node.id());
			node.setPinned(place != null);
			if (place != null) {
				node.setLocation(place.x(), place.y());
			}
		}
	}

	/**
	 * The two nodes, one holding each end, that are children of the innermost container holding
	 * both; {@code null} when one end holds the other.
	 */
	static DiagramNode[] distinctAncestors(DiagramNode source, DiagramNode target) {
		List<DiagramNode> sourcePath = path(source);
		List<DiagramNode> targetPath = path(target);
		int common = 0;
		while (common < sourcePath.size() && common < targetPath.size() && sourcePath.get(common) == targetPath.get(common)) {
			common++;
		}
		if (common == sourcePath.size() || common == targetPath.size()) {
			return null;
		}
		return new DiagramNode[] { sourcePath.get(common), targetPath.get(common) };
	}

	private static List<DiagramNode> path(DiagramNode node) {
		java.util.ArrayList<DiagramNode> path = new java.util.ArrayList<>();
		for (DiagramNode n = node; n != null; n = n.parent()) {
			path.add(0, n);
		}
		return path;
	}

	public static double nodeWidth(DiagramNode node) {
		return Math.max(NODE_MIN_WIDTH, TextMetrics.width(node.label(), node.style().fontSize()) + 2 * NODE_PADDING_X);
	}

	public static double nodeHeight(DiagramNode node) {
		return TextMetrics.height(node.label(), node.style().fontSize()) + 2 * NODE_PADDING_Y;
	}

	public static double titleHeight(DiagramNode container) {
		return TextMetrics.height(container.label(), container.style().fontSize()) + 8;
	}

	public static double titleWidth(DiagramNode container) {
		return TextMetrics.width(container.label(), container.style().fontSize()) + 2 * CONTAINER_PADDING + 14;
	}
}
