package org.cordon.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.junit.jupiter.api.Test;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

class OrganisationRulesTest {

	private static final List<Class<? extends CordonEntity>> ORGANISATION = List.of(LeadingGroup.class, WorkingGroup.class,
			Position.class, Person.class, CountyUnit.class, Township.class, Community.class, Pairing.class);

	@Test
	void everyRecordIsAnEntityWithAUniqueCodeAndAVersion() throws Exception {
		Field code = CordonEntity.class.getDeclaredField("code");
		assertTrue(code.getAnnotation(Column.class).unique());
		assertFalse(code.getAnnotation(Column.class).nullable());
		assertTrue(CordonEntity.class.getDeclaredField("version").isAnnotationPresent(Version.class));
		for (Class<? extends CordonEntity> type : ORGANISATION) {
			assertTrue(type.isAnnotationPresent(Entity.class), type + " is an entity");
		}
	}

	@Test
	void codesAndNamesMustNotBeBlank() {
		assertThrows(IllegalArgumentException.class, () -> new Township("  ", "临泉镇", TownshipKind.TOWN));
		assertThrows(NullPointerException.class, () -> new CountyUnit(null, "县卫健局"));
		assertThrows(IllegalArgumentException.class, () -> new Person("P-1", ""));
		assertEquals("P-1", new Person("  P-1 ", "王").getCode(), "codes are trimmed");
	}

	@Test
	void householdsCannotBeNegative() {
		Community community = new Community("C-1", "元倍花园", new Township("T-1", "临泉镇", TownshipKind.TOWN));
		assertThrows(IllegalArgumentException.class, () -> community.setHouseholds(-1));
		assertEquals(0, community.getHouseholds());
	}

	@Test
	void aPositionOfAGroupBelongsToTheGroupsLeadingGroup() {
		LeadingGroup leadingGroup = new LeadingGroup("LG", "领导小组");
		WorkingGroup office = new WorkingGroup("G-OFFICE", "办公室", WorkingGroupKind.OFFICE, leadingGroup);
		Position head = new Position("POS-1", "办公室主任", PositionRole.GROUP_HEAD, office);
		assertEquals(leadingGroup, head.getLeadingGroup());
		assertEquals(office, head.getWorkingGroup());
		assertTrue(head.isVacant());
		assertEquals("办公室主任", head.getDisplayName());

		WorkingGroup elsewhere = new WorkingGroup("G-X", "其他", WorkingGroupKind.GROUP, new LeadingGroup("LG2", "另一个"));
		assertThrows(IllegalArgumentException.class, () -> head.setWorkingGroup(elsewhere));
		head.setWorkingGroup(null);
		assertNull(head.getWorkingGroup());
	}

	@Test
	void leadershipRolesAreTheLeadingGroupsOwn() {
		assertTrue(PositionRole.JOINT_LEADER.isLeadingGroupRole());
		assertTrue(PositionRole.MEMBER.isLeadingGroupRole());
		assertFalse(PositionRole.GROUP_HEAD.isLeadingGroupRole());
		assertTrue(PositionRole.JOINT_LEADER.compareTo(PositionRole.EXECUTIVE_DEPUTY_LEADER) < 0, "precedence order");
	}

	@Test
	void aPairingNamesUnitAndCommunity() {
		Township township = new Township("T-1", "临泉镇", TownshipKind.TOWN);
		Pairing pairing = new Pairing("PAIR-1", new CountyUnit("U-1", "县住建局"), new Community("C-1", "湫水万安苑", township));
		assertEquals("县住建局 → 湫水万安苑", pairing.getDisplayName());
		assertThrows(NullPointerException.class, () -> pairing.setUnit(null));
	}
}
