package org.cordon.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cordon.diagram.description.DiagramTool;
import org.cordon.diagram.description.ModelChange;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.description.Severity;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.organisation.LeadershipDiagram;
import org.cordon.diagram.organisation.PairingDiagram;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.diagram.render.SvgWriter;
import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.diagram.session.OsgiServiceLookup;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.PositionRole;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.diagram.DiagramPositionService.Place;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Both organisation diagrams over the Lin County sample data, loaded once for the class. */
class OrganisationDiagramsTest {

	private static final int THRESHOLD = 4;

	@TempDir
	static Path temp;

	private static CordonDatabase database;
	private static OrganisationService organisation;
	private static DiagramPositionService positions;
	private static OsgiServiceLookup services;

	@BeforeAll
	static void openSampleDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")).populatedWhenNew());
		organisation = OsgiServices.await(OrganisationService.class);
		positions = OsgiServices.await(DiagramPositionService.class);
		services = new OsgiServiceLookup();
	}

	@AfterAll
	static void closeDatabase() {
		database.close();
	}

	private static DiagramSession<OrganisationSnapshot> pairing() {
		DiagramSession<OrganisationSnapshot> session = new DiagramSession<>(PairingDiagram.describe(services, THRESHOLD), positions);
		session.reload();
		return session;
	}

	@SuppressWarnings("unchecked")
	private static DiagramSession<OrganisationSnapshot> leadership() {
		var description = (RepresentationDescription<OrganisationSnapshot>) new LeadershipDiagram().describe(services);
		DiagramSession<OrganisationSnapshot> session = new DiagramSession<>(description, positions);
		session.reload();
		return session;
	}

	@Test
	void theLeadershipDiagramAsOfNowIsTheDiagramOfNowReadOnlyAndAsOfBeforeTheSampleIsEmpty() {
		@SuppressWarnings("unchecked")
		var now = (RepresentationDescription<OrganisationSnapshot>) new LeadershipDiagram().describe(services);
		assertTrue(now.canShowPast());
		assertFalse(PairingDiagram.describe(services, THRESHOLD).canShowPast(), "the pairing diagram shows the present only");
		java.time.LocalDateTime moment = java.time.LocalDateTime.now().plusSeconds(1);
		RepresentationDescription<OrganisationSnapshot> past = now.asOf(moment);
		assertEquals(now.id(), past.id(), "the same diagram, so the same pinned places");
		assertEquals(java.util.Optional.of(moment), past.shownMoment());
		assertTrue(past.tools().isEmpty());
		assertFalse(now.tools().isEmpty());

		DiagramGraph current = leadership().graph();
		DiagramSession<OrganisationSnapshot> asOfNow = new DiagramSession<>(past, positions);
		DiagramGraph rebuilt = asOfNow.reload();
		assertEquals(labels(current), labels(rebuilt), "every record of the sample survives being rebuilt from the texts the audit trail writes");

		DiagramGraph beforeTheSample = new DiagramSession<>(now.asOf(java.time.LocalDateTime.of(2000, 1, 1, 0, 0)), positions).reload();
		assertEquals(List.of(), beforeTheSample.nodes());
	}

	private static List<String> labels(DiagramGraph graph) {
		return graph.nodes().stream().map(n -> n.id() + "=" + n.label()).sorted().toList();
	}

	private static long count(DiagramGraph graph, String mappingId) {
		return graph.nodes().stream().filter(n -> n.mappingId().equals(mappingId)).count();
	}

	@Test
	void bothDiagramsAreContributedThroughTheExtensionPoint() {
		assertEquals(List.of("leadership", "pairing"), DiagramDescriptions.all().stream().map(c -> c.id()).sorted().toList());
		assertEquals("pairing", DiagramDescriptions.find("pairing").orElseThrow().create(services).id());
	}

	@Test
	void pairingShowsEveryUnitAndCommunityGroupedByTownshipWithAnEdgePerPairing() {
		DiagramGraph graph = pairing().graph();
		assertEquals(43, count(graph, "unit"));
		assertEquals(117, count(graph, "community"));
		OrganisationSnapshot model = organisation.snapshot();
		long townshipsWithCommunities = model.townships().stream().filter(t -> !model.communitiesOf(t).isEmpty()).count();
		assertEquals(townshipsWithCommunities, count(graph, "township"));
		assertEquals(117, graph.edges().size());
		for (DiagramNode community : graph.nodes().stream().filter(n -> n.mappingId().equals("community")).toList()) {
			assertEquals("township", community.parent().mappingId());
			assertEquals(((Community) community.semantic()).getTownship().getCode(), community.parent().semantic() instanceof
					org.cordon.model.organisation.Township t ? t.getCode() : null);
		}
	}

	@Test
	void unitsOverTheThresholdAreAmberWarningsAndTheSampleLeavesNoCommunityUnpaired() {
		DiagramGraph graph = pairing().graph();
		OrganisationSnapshot model = organisation.snapshot();
		Set<String> overloaded = new HashSet<>();
		for (CountyUnit unit : model.units()) {
			if (model.communitiesPairedWith(unit).size() > THRESHOLD) {
				overloaded.add("unit/" + unit.getCode());
			}
		}
		assertFalse(overloaded.isEmpty(), "the sample has units answering for 5 communities");
		Set<String> warned = new HashSet<>();
		graph.problems().forEach(p -> {
			assertEquals(Severity.WARNING, p.severity(), p.message());
			warned.add(p.elementId());
		});
		assertEquals(overloaded, warned);
		for (String id : overloaded) {
			assertEquals(PairingDiagram.OVERLOADED, graph.node(id).style().fill());
		}
	}

	@Test
	void leadershipShowsTheLeadersTheOfficeAndNineGroupsWithTheirSeatsAndTheTownships() {
		DiagramGraph graph = leadership().graph();
		OrganisationSnapshot model = organisation.snapshot();
		assertEquals(1, count(graph, "leading-group"));
		assertEquals(13, count(graph, "leader"), "2 joint leaders, the executive deputy and 10 deputies");
		assertEquals(10, count(graph, "group"), "一室九组");
		long groupSeats = model.positions().stream().filter(p -> p.getWorkingGroup() != null).count();
		assertEquals(groupSeats, count(graph, "position"));
		assertEquals(23, count(graph, "township"));
		long memberSeats = model.positions().stream().filter(p -> p.getWorkingGroup() == null && p.getRole() == PositionRole.MEMBER).count();
		assertEquals(memberSeats - 2 * 23, count(graph, "member"), "each township's secretary and head show on the township");
		assertEquals(1 + 2, graph.edges().size(), "the leading group leads the frame of the office and groups, and has members");
		for (DiagramNode group : graph.nodes().stream().filter(n -> n.mappingId().equals("group")).toList()) {
			assertEquals("groups/LG-01", group.parent().id(), group.id() + " stands in the frame of the office and groups");
		}
		for (DiagramNode seat : graph.nodes().stream().filter(n -> n.mappingId().equals("position")).toList()) {
			assertTrue(graph.node("group/" + ((org.cordon.model.organisation.Position) seat.semantic()).getWorkingGroup().getCode())
					.encloses(seat));
		}
	}

	@Test
	void theSameModelGetsTheSameCoordinates() {
		for (java.util.function.Supplier<DiagramSession<OrganisationSnapshot>> open : List.<java.util.function.Supplier<DiagramSession<OrganisationSnapshot>>>of(
				OrganisationDiagramsTest::pairing, OrganisationDiagramsTest::leadership)) {
			DiagramSession<OrganisationSnapshot> first = open.get();
			List<String> laidOut = coordinates(first.graph());
			assertLaidOut(first.graph());
			// A second session reads the model anew and lays it out from scratch; Arrange All lays out the first one again.
			assertEquals(laidOut, coordinates(open.get().graph()), "a new session");
			assertEquals(laidOut, coordinates(first.arrangeAll()), "Arrange All on the same session");
		}
	}

	/** A layout that put everything in one place would be deterministic too: siblings must not overlap, and every node has a size. */
	private static void assertLaidOut(DiagramGraph graph) {
		List<DiagramNode> nodes = graph.nodes();
		for (DiagramNode node : nodes) {
			assertTrue(node.width() > 0 && node.height() > 0, node + " has a size");
		}
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				DiagramNode a = nodes.get(i);
				DiagramNode b = nodes.get(j);
				if (a.parent() == b.parent() && !a.isPinned() && !b.isPinned()) {
					boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
							|| b.y() + b.height() <= a.y();
					assertTrue(apart, a + " and " + b + " overlap");
				}
			}
		}
	}

	private static List<String> coordinates(DiagramGraph graph) {
		List<String> all = new ArrayList<>();
		graph.nodes().forEach(n -> all.add(n.toString() + " " + n.absoluteX() + "," + n.absoluteY()));
		graph.edges().forEach(e -> all.add(e.id() + " " + e.route()));
		return all;
	}

	@Test
	void aMovedNodeStaysPinnedThroughArrangeAllAndInTheDatabase() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		DiagramNode unit = session.graph().node("unit/U-07");
		double laidOutX = unit.x();
		double laidOutY = unit.y();
		Place moved = new Place(laidOutX + 333, laidOutY + 47);
		ModelChange move = session.move(Map.of(unit.id(), moved));
		move.apply();
		try {
			session.arrangeAll();
			DiagramNode after = session.graph().node("unit/U-07");
			assertEquals(moved.x(), after.x());
			assertEquals(moved.y(), after.y());
			assertTrue(after.isPinned());

			DiagramSession<OrganisationSnapshot> reopened = pairing();
			assertEquals(moved.x(), reopened.graph().node("unit/U-07").x());
			assertEquals(Map.of("unit/U-07", moved), positions.pinned(PairingDiagram.ID));
		} finally {
			move.undo();
		}
		session.arrangeAll();
		assertFalse(session.graph().node("unit/U-07").isPinned());
		assertEquals(laidOutX, session.graph().node("unit/U-07").x());
		assertEquals(Map.of(), positions.pinned(PairingDiagram.ID));
	}

	@Test
	void theSvgParsesAndHasOneElementPerModelNode() throws Exception {
		DiagramSession<OrganisationSnapshot> session = pairing();
		StringWriter svg = new StringWriter();
		SvgWriter.write(session.drawing(), svg);
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)));
		NodeList groups = document.getElementsByTagName("g");
		Set<String> nodeElements = new HashSet<>();
		int edges = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			String kind = group.getAttribute("class");
			if (kind.equals("edge")) {
				edges++;
			} else {
				assertTrue(nodeElements.add(group.getAttribute("data-element")), "one element per node: " + group.getAttribute("data-element"));
			}
		}
		Set<String> expected = new HashSet<>();
		session.graph().nodes().forEach(n -> expected.add(n.id()));
		assertEquals(expected, nodeElements);
		assertEquals(117, edges);
		assertTrue(svg.toString().contains("元倍花园"), "labels are written as text");
	}

	@Test
	void thePngDecodesAtTheDrawingsSize() throws Exception {
		Drawing drawing = leadership().drawing();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(drawing, 1.0, png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		assertNotNull(image);
		assertEquals((int) Math.ceil(drawing.width()), image.getWidth());
		assertEquals((int) Math.ceil(drawing.height()), image.getHeight());
		assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
	}

	@Test
	@SuppressWarnings("unchecked")
	void droppingACommunityOnAnotherUnitRepairsItInTheDatabaseAndUndoRestoresIt() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		OrganisationSnapshot model = session.model();
		Community community = model.communities().get(0);
		CountyUnit before = model.pairingOf(community).orElseThrow().getUnit();
		CountyUnit other = model.units().stream().filter(u -> !u.getCode().equals(before.getCode())).findFirst().orElseThrow();
		DiagramTool.DropOnto<OrganisationSnapshot> drop = session.description().dropTool("community", "unit").orElseThrow();
		ModelChange change = drop.action().drop(model, community, other);
		change.apply();
		assertEquals(other.getCode(), unitOf(community));
		session.reload();
		assertTrue(session.graph().edges().stream().anyMatch(e -> e.source().id().equals("community/" + community.getCode())
				&& e.target().id().equals("unit/" + other.getCode())));
		change.undo();
		assertEquals(before.getCode(), unitOf(community));
		change.apply();
		assertEquals(other.getCode(), unitOf(community));
		change.undo();
		assertEquals(before.getCode(), unitOf(community));
	}

	@Test
	void anUnpairedCommunityIsRedAndAnErrorUntilUndone() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		Pairing pairing = session.model().pairings().get(3);
		var unpair = (DiagramTool.Delete<OrganisationSnapshot>) session.description().tool("unpair");
		ModelChange change = unpair.action().change(session.model(), pairing);
		change.apply();
		try {
			session.reload();
			String id = "community/" + pairing.getCommunity().getCode();
			assertEquals(PairingDiagram.UNPAIRED, session.graph().node(id).style().fill());
			assertTrue(session.graph().problems().stream().anyMatch(p -> p.elementId().equals(id) && p.severity() == Severity.ERROR));
			assertEquals(116, session.graph().edges().size());
		} finally {
			change.undo();
		}
		session.reload();
		assertEquals(117, session.graph().edges().size());
		assertNotEquals(PairingDiagram.UNPAIRED, session.graph().node("community/" + pairing.getCommunity().getCode()).style().fill());
	}

	@Test
	void pairingEdgesWithinATownshipFollowTheRoutesElkGaveThemAndTheOthersAreStraight() {
		DiagramGraph graph = pairing().graph();
		int bent = 0;
		int within = 0;
		for (DiagramEdge edge : graph.edges()) {
			List<DiagramEdge.Point> route = edge.route();
			assertOnBorder(edge.source(), route.get(0), edge.id() + " starts at its community");
			assertOnBorder(edge.target(), route.get(route.size() - 1), edge.id() + " ends at its unit");
			if (edge.source().parent() != edge.target().parent()) {
				assertNull(edge.layoutRoute(), edge.id() + " between townships is left to a straight line");
				assertEquals(2, route.size());
				continue;
			}
			within++;
			assertNotNull(edge.layoutRoute(), edge.id() + " was routed by ELK");
			assertEquals(edge.layoutRoute(), edge.route());
			if (route.size() > 2) {
				bent++;
			}
		}
		assertTrue(within > graph.edges().size() * 9 / 10, "most units stand in the township of their communities: " + within);
		assertTrue(bent > within / 2, "most edges bend into their unit: " + bent);
	}

	@Test
	void eachUnitStandsInTheTownshipHoldingMostOfItsCommunities() {
		DiagramGraph graph = pairing().graph();
		OrganisationSnapshot model = organisation.snapshot();
		for (CountyUnit unit : model.units()) {
			DiagramNode node = graph.node("unit/" + unit.getCode());
			Map<String, Long> byTownship = model.communitiesPairedWith(unit).stream()
					.collect(java.util.stream.Collectors.groupingBy(c -> c.getTownship().getCode(), java.util.stream.Collectors.counting()));
			if (byTownship.isEmpty()) {
				assertNull(node.parent(), unit.getCode() + " answers for no community and stands outside the townships");
				continue;
			}
			long most = byTownship.values().stream().mapToLong(Long::longValue).max().orElseThrow();
			String township = ((org.cordon.model.organisation.Township) node.parent().semantic()).getCode();
			assertEquals(most, byTownship.get(township), unit.getCode() + " stands in " + township + " of " + byTownship);
		}
	}

	@Test
	void thePairingDiagramHasAboutAPagesProportionsAndNoTownshipsOverlap() {
		// Earlier a column of 475 x 5,100: the communities under each other, the units beside them.
		DiagramGraph graph = pairing().graph();
		double ratio = graph.width() / graph.height();
		assertTrue(ratio > 0.7 && ratio < 2.2, "width over height " + graph.width() + " x " + graph.height());
		List<DiagramNode> roots = graph.roots();
		for (int i = 0; i < roots.size(); i++) {
			for (int j = i + 1; j < roots.size(); j++) {
				DiagramNode a = roots.get(i);
				DiagramNode b = roots.get(j);
				boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
						|| b.y() + b.height() <= a.y();
				assertTrue(apart, a.id() + " overlaps " + b.id());
			}
		}
	}

	@Test
	void pairingEdgesCrossRarely() {
		// Townships as ELK box grids with straight edges to a column of units crossed 2,070 times
		// on the sample; each unit next to its communities, only the few edges between townships cross.
		int crossings = crossings(pairing().graph());
		assertTrue(crossings < 60, crossings + " crossings");
	}

	@Test
	void theEdgesOfAMovedNodeAreDrawnStraightAndTheOthersKeepTheirRoutes() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		DiagramNode unit = session.graph().node("unit/U-07");
		ModelChange move = session.move(Map.of(unit.id(), new Place(unit.x() + 200, unit.y() + 30)));
		move.apply();
		try {
			for (DiagramGraph graph : List.of(session.graph(), pairing().graph())) {
				int others = 0;
				int straight = 0;
				for (DiagramEdge edge : graph.edges()) {
					if (edge.target().id().equals("unit/U-07")) {
						assertNull(edge.layoutRoute());
						assertEquals(2, edge.route().size(), edge.id() + " is drawn straight");
						assertOnBorder(edge.target(), edge.route().get(1), edge.id() + " ends at the moved unit");
						straight++;
					} else if (edge.source().parent() == edge.target().parent()) {
						assertNotNull(edge.layoutRoute(), edge.id() + " keeps its route");
						others++;
					}
				}
				assertTrue(straight > 0, "U-07 answers for communities");
				assertTrue(others > 100);
			}
		} finally {
			move.undo();
		}
	}

	@Test
	void theLeadersStandInOrderOfPrecedenceJointLeadersFirst() {
		DiagramGraph graph = leadership().graph();
		List<DiagramNode> leaders = graph.nodes().stream().filter(n -> n.mappingId().equals("leader")).toList();
		List<DiagramNode> readingOrder = leaders.stream()
				.sorted(Comparator.comparingDouble(DiagramNode::absoluteY).thenComparingDouble(DiagramNode::absoluteX)).toList();
		assertEquals(leaders, readingOrder, "row by row, left to right, as the service orders them");
		double lowestJointLeader = leaders.stream().filter(n -> role(n) == PositionRole.JOINT_LEADER)
				.mapToDouble(DiagramNode::absoluteY).max().orElseThrow();
		double highestDeputy = leaders.stream().filter(n -> role(n) == PositionRole.DEPUTY_LEADER)
				.mapToDouble(DiagramNode::absoluteY).min().orElseThrow();
		assertTrue(lowestJointLeader < highestDeputy, "the joint leaders above the deputies");
	}

	private static PositionRole role(DiagramNode node) {
		return ((org.cordon.model.organisation.Position) node.semantic()).getRole();
	}

	private static void assertOnBorder(DiagramNode node, DiagramEdge.Point point, String message) {
		double left = node.absoluteX();
		double top = node.absoluteY();
		double right = left + node.width();
		double bottom = top + node.height();
		boolean withinX = point.x() >= left - 1 && point.x() <= right + 1;
		boolean withinY = point.y() >= top - 1 && point.y() <= bottom + 1;
		boolean onVertical = withinY && (Math.abs(point.x() - left) <= 1 || Math.abs(point.x() - right) <= 1);
		boolean onHorizontal = withinX && (Math.abs(point.y() - top) <= 1 || Math.abs(point.y() - bottom) <= 1);
		assertTrue(onVertical || onHorizontal, message + ": " + point + " against " + node);
	}

	/** Pairs of edge segments that cross each other (touching ends do not count). */
	private static int crossings(DiagramGraph graph) {
		List<DiagramEdge> edges = graph.edges();
		int count = 0;
		for (int i = 0; i < edges.size(); i++) {
			for (int j = i + 1; j < edges.size(); j++) {
				List<DiagramEdge.Point> a = edges.get(i).route();
				List<DiagramEdge.Point> b = edges.get(j).route();
				for (int p = 1; p < a.size(); p++) {
					for (int q = 1; q < b.size(); q++) {
						if (cross(a.get(p - 1), a.get(p), b.get(q - 1), b.get(q))) {
							count++;
						}
					}
				}
			}
		}
		return count;
	}

	private static boolean cross(DiagramEdge.Point a, DiagramEdge.Point b, DiagramEdge.Point c, DiagramEdge.Point d) {
		return side(c, d, a) * side(c, d, b) < 0 && side(a, b, c) * side(a, b, d) < 0;
	}

	private static double side(DiagramEdge.Point from, DiagramEdge.Point to, DiagramEdge.Point point) {
		return (to.x() - from.x()) * (point.y() - from.y()) - (to.y() - from.y()) * (point.x() - from.x());
	}

	private static String unitOf(Community community) {
		return organisation.snapshot().pairingOf(community).orElseThrow().getUnit().getCode();
	}
}
