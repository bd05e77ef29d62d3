package org.cordon.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cordon.diagram.description.DiagramTool;
import org.cordon.diagram.description.ModelChange;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.organisation.LeadershipDiagram;
import org.cordon.diagram.organisation.PairingDiagram;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.diagram.session.OsgiServiceLookup;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The palette and in-place tools of both organisation diagrams, as the editor runs them: each
 * change goes through the services into the database, shows in the diagram on reload, and its
 * undo puts the database back.
 */
class PaletteToolsTest {

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

	@SuppressWarnings("unchecked")
	private static DiagramSession<OrganisationSnapshot> leadership() {
		var description = (RepresentationDescription<OrganisationSnapshot>) new LeadershipDiagram().describe(services);
		DiagramSession<OrganisationSnapshot> session = new DiagramSession<>(description, positions);
		session.reload();
		return session;
	}

	private static DiagramSession<OrganisationSnapshot> pairing() {
		DiagramSession<OrganisationSnapshot> session = new DiagramSession<>(PairingDiagram.describe(services, 4), positions);
		session.reload();
		return session;
	}

	@SuppressWarnings("unchecked")
	private static <T extends DiagramTool<OrganisationSnapshot>> T tool(DiagramSession<OrganisationSnapshot> session, String id) {
		return (T) session.description().tool(id);
	}

	private static WorkingGroup group(String code) {
		return organisation.snapshot().workingGroups().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static Optional<WorkingGroup> groupNamed(String name) {
		return organisation.snapshot().workingGroups().stream().filter(g -> g.getName().equals(name)).findFirst();
	}

	private static Position position(String code) {
		return organisation.snapshot().positions().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void theGroupToolCreatesAWorkingGroupThatUndoDeletes() {
		DiagramSession<OrganisationSnapshot> session = leadership();
		int groupsBefore = organisation.snapshot().workingGroups().size();
		DiagramTool.Create<OrganisationSnapshot> create = tool(session, "new-group");
		assertEquals("groups", create.containerMapping(), "a group is created in the frame of the office and groups");
		Object frame = session.graph().node("groups/LG-01").semantic();

		ModelChange change = create.action().create(session.model(), frame, "复工复产组");
		change.apply();
		WorkingGroup created = groupNamed("复工复产组").orElseThrow(() -> new AssertionError("the group is in the database"));
		assertEquals(groupsBefore + 1, organisation.snapshot().workingGroups().size());
		assertEquals("LG-01", created.getLeadingGroup().getCode());
		assertNotNull(session.reload().node("group/" + created.getCode()), "the diagram shows the new group");
		assertEquals("groups/LG-01", session.graph().node("group/" + created.getCode()).parent().id(), "among the other groups");

		change.undo();
		assertTrue(groupNamed("复工复产组").isEmpty(), "undo deleted it again");
		assertEquals(groupsBefore, organisation.snapshot().workingGroups().size());
		assertNull(session.reload().node("group/" + created.getCode()));
	}

	@Test
	void thePositionToolCreatesASeatInTheGroupClickedInto() {
		DiagramSession<OrganisationSnapshot> session = leadership();
		WorkingGroup funds = group("G-FUNDS");
		int seatsBefore = organisation.snapshot().positionsOf(funds).size();
		DiagramTool.Create<OrganisationSnapshot> create = tool(session, "new-position");
		assertEquals("group", create.containerMapping());

		ModelChange change = create.action().create(session.model(), funds, "资金联络员");
		change.apply();
		List<Position> seats = organisation.snapshot().positionsOf(group("G-FUNDS"));
		assertEquals(seatsBefore + 1, seats.size());
		Position created = seats.stream().filter(p -> p.getTitle().equals("资金联络员")).findFirst().orElseThrow();
		assertTrue(created.isVacant(), "a new seat has no holder yet");
		var node = session.reload().node("position/" + created.getCode());
		assertNotNull(node);
		assertEquals("group/G-FUNDS", node.parent().id(), "drawn inside the group");

		change.undo();
		assertEquals(seatsBefore, organisation.snapshot().positionsOf(group("G-FUNDS")).size());
		assertNull(session.reload().node("position/" + created.getCode()));
	}

	@Test
	void assigningAPersonStoresTheHolderAndUndoRestoresThePreviousOne() {
		DiagramSession<OrganisationSnapshot> session = leadership();
		Position seat = organisation.snapshot().positionsOf(group("G-MEDICAL")).stream().filter(p -> !p.isVacant()).findFirst()
				.orElseThrow();
		Person previous = seat.getHolder();
		DiagramTool.Choose<OrganisationSnapshot> assign = tool(session, "assign");
		List<?> choices = assign.choices().choices(session.model(), seat);
		Person other = choices.stream().map(Person.class::cast).filter(p -> !p.getCode().equals(previous.getCode())).findFirst()
				.orElseThrow();
		assertTrue(assign.choiceLabel().apply(other).contains(other.getCode()), "the choice names the person and code");

		ModelChange change = assign.action().drop(session.model(), seat, other);
		change.apply();
		assertEquals(other.getCode(), position(seat.getCode()).getHolder().getCode(), "the holder is stored");
		assertTrue(session.reload().node("position/" + seat.getCode()).label().contains(other.getName()), "and drawn");

		change.undo();
		assertEquals(previous.getCode(), position(seat.getCode()).getHolder().getCode());
		assertTrue(session.reload().node("position/" + seat.getCode()).label().contains(previous.getName()));
		assertNull(assign.action().drop(session.model(), position(seat.getCode()), previous), "assigning the holder again changes nothing");
	}

	@Test
	void directEditRenamesAGroupThroughTheServiceAndUndoRestoresTheName() {
		DiagramSession<OrganisationSnapshot> session = leadership();
		WorkingGroup publicity = group("G-PUBLICITY");
		String before = publicity.getName();
		DiagramTool.DirectEdit<OrganisationSnapshot> rename = tool(session, "rename-group");
		assertEquals(before, rename.initialText().apply(publicity), "the editor starts from the name");

		ModelChange change = rename.action().edit(session.model(), publicity, "宣传和舆情组");
		change.apply();
		assertEquals("宣传和舆情组", group("G-PUBLICITY").getName(), "stored");
		assertEquals("宣传和舆情组", session.reload().node("group/G-PUBLICITY").label());
		assertTrue(publicity.getVersion() < group("G-PUBLICITY").getVersion(), "a new version of the record");

		change.undo();
		assertEquals(before, group("G-PUBLICITY").getName());
		change.apply();
		assertEquals("宣传和舆情组", group("G-PUBLICITY").getName(), "redo carries the version the database has");
		change.undo();
		assertEquals(before, session.reload().node("group/G-PUBLICITY").label());
		assertNull(rename.action().edit(session.model(), group("G-PUBLICITY"), before), "the same name is no change");
	}

	@Test
	void directEditRenamesACommunityInThePairingDiagram() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		Community community = organisation.snapshot().communities().get(3);
		String before = community.getName();
		DiagramTool.DirectEdit<OrganisationSnapshot> rename = tool(session, "rename-community");

		ModelChange change = rename.action().edit(session.model(), community, before + "小区");
		change.apply();
		Community stored = organisation.snapshot().communities().stream().filter(c -> c.getCode().equals(community.getCode()))
				.findFirst().orElseThrow();
		assertEquals(before + "小区", stored.getName());
		assertEquals(before + "小区", session.reload().node("community/" + community.getCode()).label());
		change.undo();
		assertEquals(before, organisation.snapshot().communities().stream().filter(c -> c.getCode().equals(community.getCode()))
				.findFirst().orElseThrow().getName());
	}

	@Test
	void reconnectingAPairingsUnitEndRepairsTheCommunityAndUndoRestoresIt() {
		DiagramSession<OrganisationSnapshot> session = pairing();
		DiagramEdge edge = session.graph().edges().get(0);
		Pairing pairing = (Pairing) edge.semantic();
		CountyUnit before = pairing.getUnit();
		CountyUnit other = session.model().units().stream().filter(u -> !u.getCode().equals(before.getCode())).findFirst().orElseThrow();
		DiagramTool.Reconnect<OrganisationSnapshot> reconnect = tool(session, "repair");
		assertEquals("pairing", reconnect.edgeMapping());
		assertEquals("unit", reconnect.targetMapping());

		ModelChange change = reconnect.action().drop(session.model(), pairing, other);
		change.apply();
		assertEquals(other.getCode(), unitOf(pairing.getCommunity()), "the pairing in the database names the new unit");
		assertEquals(organisation.snapshot().pairings().size(), session.model().pairings().size(), "re-paired, not paired twice");
		DiagramEdge moved = (DiagramEdge) session.reload().element(edge.id());
		assertEquals("unit/" + other.getCode(), moved.target().id(), "the edge now ends at the other unit");

		change.undo();
		assertEquals(before.getCode(), unitOf(pairing.getCommunity()));
		assertEquals("unit/" + before.getCode(), ((DiagramEdge) session.reload().element(edge.id())).target().id());
		assertNull(reconnect.action().drop(session.model(), pairingOf(pairing.getCommunity()), before),
				"reconnecting to the same unit changes nothing");
		assertNotEquals(before.getCode(), other.getCode());
		assertFalse(session.graph().problems().stream().anyMatch(p -> p.ruleId().equals("unpaired")));
	}

	private static Pairing pairingOf(Community community) {
		return organisation.snapshot().pairingOf(community).orElseThrow();
	}

	private static String unitOf(Community community) {
		return pairingOf(community).getUnit().getCode();
	}
}
