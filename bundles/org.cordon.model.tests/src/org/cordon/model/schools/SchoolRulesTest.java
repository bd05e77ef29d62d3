package org.cordon.model.schools;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.cordon.model.InvalidValueException;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;

class SchoolRulesTest {

	private final Township linquan = new Township("T-1", "临泉镇", TownshipKind.TOWN);

	private School middleSchool() {
		return new School("S-1", "临县第一中学", linquan, SchoolStage.COMPLETE, new BigDecimal("120.5"));
	}

	@Test
	void onlineFiguresAreZeroWithoutOnlineTeaching() {
		School school = middleSchool();
		school.setOnlineClasses(36);
		InvalidValueException e = assertRejected("online_classes", "onlineFiguresWithoutTeaching", school::validate);
		assertEquals("online classes, teachers and hours must be 0 for a school without online teaching", e.getReason());
		school.setOnlineClasses(0);
		school.setOnlineHoursPerDay(4);
		assertRejected("online_hours_per_day", "onlineFiguresWithoutTeaching", school::validate);
		school.setOnlineTeaching(true);
		school.setOnlineClasses(36);
		school.setOnlineTeachers(110);
		school.validate();
	}

	@Test
	void onlineHoursAreAtMostADay() {
		School school = middleSchool();
		school.setOnlineHoursPerDay(24);
		assertRejected("online_hours_per_day", "range", () -> school.setOnlineHoursPerDay(25));
		assertRejected("online_hours_per_day", "range", () -> school.setOnlineHoursPerDay(-1));
		assertRejected("online_teachers", "negative", () -> school.setOnlineTeachers(-1));
		assertRejected("online_classes", "negative", () -> school.setOnlineClasses(-1));
	}

	@Test
	void disinfectantIsLitresWithOneDecimal() {
		School school = middleSchool();
		assertEquals(new BigDecimal("120.5"), school.getDisinfectantLitres());
		school.setDisinfectantLitres(new BigDecimal("0"));
		assertEquals(new BigDecimal("0.0"), school.getDisinfectantLitres());
		assertRejected("disinfectant_litres", "negative", () -> school.setDisinfectantLitres(new BigDecimal("-0.5")));
		assertRejected("disinfectant_litres", "scale", () -> school.setDisinfectantLitres(new BigDecimal("2.25")));
		assertRejected("disinfectant_litres", "tooLarge", () -> school.setDisinfectantLitres(new BigDecimal("1000000000")));
	}

	@Test
	void anIncompleteSchoolIsNotStored() {
		School school = new School();
		school.setCode("S-2");
		school.setName("白文小学");
		school.setTownship(linquan);
		school.setStage(SchoolStage.PRIMARY);
		assertRejected("disinfectant_litres", "required", school::validate);
	}
}
