package org.cordon.model.medical;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MedicalRulesTest {

	@Test
	void aFeverClinicBelongsToAHospital() {
		FeverClinic clinic = new FeverClinic();
		clinic.setCode("FC-1");
		clinic.setName("县人民医院发热门诊");
		assertRejected("hospital", "required", clinic::validate);
		assertRejected("hospital", "blank", () -> clinic.setHospital(" "));
		clinic.setHospital("临县人民医院");
		clinic.setOpen24h(true);
		clinic.validate();
	}

	@Test
	void aTeamHasADestinationAndItsMembersARole() {
		MedicalTeam team = new MedicalTeam("MT-1", "第一批援鄂医疗队", "湖北孝感");
		team.setDeparted(LocalDate.of(2020, 2, 9));
		assertRejected("destination", "blank", () -> team.setDestination(""));
		MedicalTeamMember member = new MedicalTeamMember("MT-1-1", team, "王医生", "ICU deputy chief physician");
		assertEquals("王医生 (ICU deputy chief physician)", member.getDisplayName());
		assertRejected("role", "blank", () -> member.setRole("  "));
		MedicalTeamMember incomplete = new MedicalTeamMember();
		incomplete.setCode("MT-1-2");
		incomplete.setName("李护士");
		assertRejected("team", "required", incomplete::validate);
		incomplete.setTeam(team);
		assertRejected("role", "required", incomplete::validate);
	}
}
