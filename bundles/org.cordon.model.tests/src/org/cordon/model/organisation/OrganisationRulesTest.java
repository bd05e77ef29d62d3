package org.cordon.model.organisation;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

	@Test
	void codesAndNamesMustNotBeBlank() {
		assertRejected("code", "blank", () -> new Township("  ", "临泉镇", TownshipKind.TOWN));
		assertRejected("code", "required", () -> new CountyUnit(null, "县卫健局"));
		assertRejected("name", "blank", () -> new Person("P-1", ""));
		assertEquals("P-1", new Person("  P-1 ", "王").getCode(), "codes are trimmed");
	}

	@Test
	void householdsAndOrdersCannotBeNegative() {
		Community community = new Community("C-1", "元倍花园", new Township("T-1", "临泉镇", TownshipKind.TOWN));
		assertRejected("households", "negative", () -> community.setHouseholds(-1));
		assertEquals(0, community.getHouseholds());
		assertRejected("order", "negative", () -> new Township("T-2", "白文镇", TownshipKind.TOWN).setSortOrder(-1));
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
		assertRejected("working_group", "otherLeadingGroup", () -> head.setWorkingGroup(elsewhere));
		head.setWorkingGroup(null);
		assertNull(head.getWorkingGroup());
	}

	@Test
	void aPositionFilledInColumnByColumnIsCheckedWhenComplete() {
		LeadingGroup leadingGroup = new LeadingGroup("LG", "领导小组");
		WorkingGroup elsewhere = new WorkingGroup("G-X", "其他", WorkingGroupKind.GROUP, new LeadingGroup("LG2", "另一个"));
		Position position = new Position();
		position.setCode("POS-9");
		position.setTitle("组长");
		position.setRole(PositionRole.GROUP_HEAD);
		position.setWorkingGroup(elsewhere);
		assertRejected("leading_group", "required", position::validate);
		position.setLeadingGroup(leadingGroup);
		assertRejected("working_group", "otherLeadingGroup", position::validate);
		position.setWorkingGroup(null);
		position.validate();
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
		assertRejected("unit", "required", () -> pairing.setUnit(null));
		Pairing incomplete = new Pairing();
		incomplete.setCode("PAIR-2");
		incomplete.setUnit(pairing.getUnit());
		assertRejected("community", "required", incomplete::validate);
	}

	@Test
	void optionalTextsAreAbsentWhenBlank() {
		Person person = new Person("P-1", "王");
		person.setJobTitle("  ");
		person.setPhone("");
		assertNull(person.getJobTitle());
		assertNull(person.getPhone());
		assertEquals("王", person.getDisplayName());
		person.setJobTitle(" 县长 ");
		assertEquals("王 (县长)", person.getDisplayName());
	}
}
