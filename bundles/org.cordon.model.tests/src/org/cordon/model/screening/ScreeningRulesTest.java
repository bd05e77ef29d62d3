package org.cordon.model.screening;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;

class ScreeningRulesTest {

	private static final LocalDate JAN_28 = LocalDate.of(2020, 1, 28);
	private final Township linquan = new Township("T-LINQUAN", "临泉镇", TownshipKind.TOWN);
	private final KeyPerson student = new KeyPerson("KP-17", "刘某", KeyPersonCategory.STUDENT, "湖北武汉", linquan);

	@Test
	void aKeyPersonNeedsOriginAndTownship() {
		assertRejected("origin", "blank", () -> student.setOrigin(" "));
		assertRejected("township", "required", () -> student.setTownship(null));
		KeyPerson incomplete = new KeyPerson();
		incomplete.setCode("KP-18");
		incomplete.setName("张某");
		incomplete.setCategory(KeyPersonCategory.MIGRANT_WORKER);
		assertRejected("origin", "required", incomplete::validate);
		incomplete.setOrigin("湖北孝感");
		assertRejected("township", "required", incomplete::validate);
		incomplete.setTownship(linquan);
		incomplete.validate();
	}

	@Test
	void aQuarantineCannotEndBeforeItStarts() {
		Quarantine quarantine = new Quarantine("Q-1", student, QuarantineKind.HOME, JAN_28);
		assertTrue(quarantine.isOngoing());
		quarantine.setEnd(JAN_28);
		quarantine.validate();
		quarantine.setEnd(JAN_28.minusDays(1));
		InvalidValueException e = assertRejected("end", "endBeforeStart", quarantine::validate);
		assertEquals("2020-01-27 is before start (2020-01-28)", e.getReason());
	}

	@Test
	void aQuarantineCanBeMovedOneDateAtATime() {
		Quarantine quarantine = new Quarantine("Q-1", student, QuarantineKind.CENTRALISED, JAN_28);
		quarantine.setEnd(JAN_28.plusDays(14));
		quarantine.setStart(JAN_28.plusDays(20));
		quarantine.setEnd(JAN_28.plusDays(34));
		quarantine.validate();
		assertRejected("start", "required", () -> quarantine.setStart(null));
	}

	@Test
	void temperaturesAreBetween34And43WithOneDecimal() {
		TemperatureReport report = new TemperatureReport(JAN_28, student, FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("36.5"));
		assertRejected("temperature_c", "range", () -> report.setTemperatureC(new BigDecimal("33.9")));
		InvalidValueException e = assertRejected("temperature_c", "range", () -> report.setTemperatureC(new BigDecimal("43.1")));
		assertEquals("43.1 is outside 34.0 to 43.0", e.getReason());
		assertRejected("temperature_c", "scale", () -> report.setTemperatureC(new BigDecimal("36.55")));
		assertRejected("temperature_c", "required", () -> report.setTemperatureC(null));
		report.setTemperatureC(new BigDecimal("37"));
		assertEquals(new BigDecimal("37.0"), report.getTemperatureC(), "kept with one decimal, as stored");
		report.setTemperatureC(new BigDecimal("43.00"));
		assertEquals(new BigDecimal("43.0"), report.getTemperatureC());
	}

	@Test
	void followUpCodesNameThePersonTheRoleAndTheDay() {
		FollowUpMember doctor = new FollowUpMember(student, FollowUpRole.VILLAGE_DOCTOR, "李村医");
		assertEquals("KP-17/village_doctor", doctor.getCode());
		assertEquals("李村医 (刘某)", doctor.getDisplayName());
		TemperatureReport report = new TemperatureReport(JAN_28, student, FollowUpRole.POLICE_OFFICER, new BigDecimal("36.8"));
		assertEquals("KP-17/police_officer@2020-01-28", report.getCode());

		TemperatureReport imported = new TemperatureReport();
		imported.setDate(JAN_28);
		imported.setKeyPerson(student);
		imported.setRole(FollowUpRole.EDUCATION_CADRE);
		assertRejected("temperature_c", "required", imported::validate);
		imported.setTemperatureC(new BigDecimal("36.6"));
		imported.validate();
		assertEquals("KP-17/education_cadre@2020-01-28", imported.getCode());
	}

	@Test
	void aFollowUpMemberNeedsAName() {
		FollowUpMember member = new FollowUpMember();
		member.setKeyPerson(student);
		member.setRole(FollowUpRole.TOWNSHIP_CADRE);
		assertRejected("name", "required", member::validate);
		assertRejected("name", "blank", () -> member.setName(""));
		assertRejected("role", "required", () -> member.setRole(null));
	}

	@Test
	void aReportThatFoundNothingIsTheZeroReport() {
		DailyReport report = new DailyReport(JAN_28, linquan);
		assertEquals("T-LINQUAN@2020-01-28", report.getCode());
		assertTrue(report.isZeroReport());
		report.setKeyPersonsFound(2);
		assertFalse(report.isZeroReport());
		report.setKeyPersonsFound(0);
		report.setFeverFound(1);
		assertFalse(report.isZeroReport());
		assertRejected("key_persons_found", "negative", () -> report.setKeyPersonsFound(-1));
		assertRejected("fever_found", "negative", () -> report.setFeverFound(-2));
		report.setRemarks("   ");
		assertNull(report.getRemarks());
	}

	@Test
	void anIncompleteDailyReportIsNotStored() {
		DailyReport report = new DailyReport();
		report.setDate(JAN_28);
		assertRejected("township", "required", report::validate);
	}

	@Test
	void aFeverCaseIsNumberedWithinItsCheckpointAndDayAndStartsOpen() {
		Checkpoint exit = new Checkpoint("KK-03", "白文高速口", 1, CheckpointKind.EXPRESSWAY_EXIT);
		FeverCase second = new FeverCase(JAN_28, exit, 2);
		assertEquals("KK-03@2020-01-28#2", second.getCode());
		assertEquals(FeverCaseStatus.OPEN, second.getStatus());
		second.validate();
		assertRejected("number", "range", () -> second.setNumber(0));
		assertRejected("status", "required", () -> second.setStatus(null));
		assertRejected("person_name", "tooLong", () -> second.setPersonName("某".repeat(101)));
		second.setPersonName("  ");
		assertNull(second.getPersonName());
	}

	@Test
	void aClosedFeverCaseSaysWhy() {
		FeverCase fever = new FeverCase(JAN_28, new Checkpoint("KK-03", "白文高速口", 1, CheckpointKind.EXPRESSWAY_EXIT), 1);
		fever.setStatus(FeverCaseStatus.FOLLOWED_UP);
		fever.setKeyPerson(student);
		fever.validate();
		fever.setStatus(FeverCaseStatus.CLOSED);
		assertRejected("outcome", "closedWithoutOutcome", fever::validate);
		fever.setOutcome("复测体温正常");
		fever.validate();
	}

	@Test
	void anImportedFeverCaseTakesItsCodeFromItsKey() {
		FeverCase imported = new FeverCase();
		imported.setDate(JAN_28);
		imported.setCheckpoint(new Checkpoint("KK-07", "三交卡口", 2, CheckpointKind.PROVINCIAL_ROAD));
		assertRejected("number", "range", imported::validate);
		imported.setNumber(3);
		imported.validate();
		assertEquals("KK-07@2020-01-28#3", imported.getCode());
	}
}
