package org.cordon.model.community;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;

class CommunityRulesTest {

	private final Community yuanbei = new Community("C-2", "元倍花园", new Township("T-1", "临泉镇", TownshipKind.TOWN));

	@Test
	void aBuildingLeaderBelongsToACommunity() {
		BuildingLeader leader = new BuildingLeader();
		leader.setCode("BL-1");
		leader.setName("赵楼长");
		assertRejected("community", "required", leader::validate);
		assertRejected("community", "required", () -> leader.setCommunity(null));
		leader.setCommunity(yuanbei);
		leader.validate();
	}

	@Test
	void theBuildingIsOptional() {
		BuildingLeader leader = new BuildingLeader("BL-1", yuanbei, "赵楼长");
		leader.setBuilding(" ");
		assertNull(leader.getBuilding());
		assertEquals("赵楼长", leader.getDisplayName());
		leader.setBuilding("3号楼");
		leader.setPartyMember(true);
		assertEquals("赵楼长 (3号楼)", leader.getDisplayName());
		assertRejected("name", "blank", () -> leader.setName("  "));
		assertRejected("building", "tooLong", () -> leader.setBuilding("楼".repeat(101)));
	}
}
