package org.cordon.model.office;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OfficeRulesTest {

	private static final LocalDate JAN_25 = LocalDate.of(2020, 1, 25);

	@Test
	void aMeetingHasADayATitleAndAKind() {
		Meeting meeting = new Meeting();
		meeting.setCode("M-1");
		meeting.setDate(JAN_25);
		meeting.setTitle("领导小组第一次会议");
		assertRejected("kind", "required", meeting::validate);
		meeting.setKind(MeetingKind.LEADING_GROUP);
		meeting.setRemarks(" ");
		meeting.validate();
		assertNull(meeting.getRemarks());
		assertRejected("title", "tooLong", () -> meeting.setTitle("会".repeat(501)));
		assertRejected("date", "required", () -> meeting.setDate(null));
	}

	@Test
	void aDocumentNumberIsOptional() {
		OfficeDocument notice = new OfficeDocument("DOC-1", JAN_25, "关于加强卡口管理的通知", DocumentKind.NOTICE);
		notice.setNumber("  ");
		assertNull(notice.getNumber());
		assertEquals("关于加强卡口管理的通知", notice.getDisplayName());
		notice.setNumber("临疫防发〔2020〕3号");
		notice.setEffectiveFrom(JAN_25.plusDays(1));
		notice.validate();
		assertEquals("临疫防发〔2020〕3号 关于加强卡口管理的通知", notice.getDisplayName());
		assertRejected("title", "blank", () -> notice.setTitle(""));
	}
}
