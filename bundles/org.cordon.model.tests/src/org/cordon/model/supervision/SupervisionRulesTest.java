package org.cordon.model.supervision;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.cordon.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class SupervisionRulesTest {

	private static final LocalDate FEB_5 = LocalDate.of(2020, 2, 5);
	private final Inspection inspection = new Inspection("IN-1", FEB_5, "白文镇高速口卡点");
	private final Finding finding = new Finding("F-1", inspection, "夜间值守人员不足", FindingSeverity.MAJOR);

	@Test
	void aRectificationThatIsDoneSaysWhen() {
		Rectification rectification = new Rectification("R-1", finding, RectificationStatus.IN_PROGRESS);
		rectification.setDue(FEB_5.plusDays(3));
		rectification.validate();
		rectification.setStatus(RectificationStatus.DONE);
		InvalidValueException e = assertRejected("done_on", "doneWithoutDate", rectification::validate);
		assertEquals("a rectification that is done needs the date it was done", e.getReason());
		rectification.setDoneOn(FEB_5.plusDays(2));
		rectification.validate();
		assertRejected("status", "required", () -> rectification.setStatus(null));
	}

	@Test
	void findingsAreDescribedInAtMost2000Characters() {
		finding.setDescription("问".repeat(2000));
		assertRejected("description", "tooLong", () -> finding.setDescription("问".repeat(2001)));
		assertEquals("问".repeat(40) + "…", finding.getDisplayName());
		assertRejected("severity", "required", () -> finding.setSeverity(null));
		Finding incomplete = new Finding();
		incomplete.setCode("F-2");
		incomplete.setDescription("未测温");
		incomplete.setSeverity(FindingSeverity.MINOR);
		assertRejected("inspection", "required", incomplete::validate);
	}

	@Test
	void anInspectionHasADayAndATarget() {
		inspection.setUnannounced(true);
		inspection.setInspectors(" ");
		inspection.validate();
		assertEquals(null, inspection.getInspectors());
		assertRejected("target", "blank", () -> inspection.setTarget("\t"));
		assertEquals("2020-02-05 白文镇高速口卡点", inspection.getDisplayName());
	}
}
