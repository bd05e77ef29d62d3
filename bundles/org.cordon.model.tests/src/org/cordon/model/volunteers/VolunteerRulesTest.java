package org.cordon.model.volunteers;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VolunteerRulesTest {

	@Test
	void aVolunteerBelongsToATeam() {
		VolunteerTeam team = new VolunteerTeam("VT-1", "青年志愿服务队");
		team.setOrganiser("团县委");
		team.setRemarks("");
		assertNull(team.getRemarks());
		Volunteer volunteer = new Volunteer();
		volunteer.setCode("V-1");
		volunteer.setName("郭某");
		assertRejected("team", "required", volunteer::validate);
		volunteer.setTeam(team);
		volunteer.setPhone("  ");
		volunteer.validate();
		assertNull(volunteer.getPhone());
		assertRejected("name", "blank", () -> volunteer.setName(" "));
		assertRejected("phone", "tooLong", () -> volunteer.setPhone("1".repeat(41)));
	}
}
