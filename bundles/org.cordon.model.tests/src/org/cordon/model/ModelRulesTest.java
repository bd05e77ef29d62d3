package org.cordon.model;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ModelRulesTest {

	@Test
	void textsAreStrippedAndBlankOptionalTextsAreAbsent() {
		assertEquals("临泉镇", ModelRules.requiredText(" 临泉镇\t", "name"));
		assertNull(ModelRules.optionalText("   ", 10, "phone"));
		assertEquals("0358-123", ModelRules.optionalText(" 0358-123 ", 10, "phone"));
		assertRejected("phone", "tooLong", () -> ModelRules.optionalText("0358-1234567", 10, "phone"));
		assertRejected("name", "blank", () -> ModelRules.requiredText("  ", 10, "name"));
	}

	@Test
	void aNegativeCountReadsAsTheCsvFormatsSay() {
		InvalidValueException e = assertRejected("vehicles", "negative", () -> ModelRules.count(-3, "vehicles"));
		assertEquals("vehicles: \"-3\" is negative; a count or amount must be 0 or more", e.getMessage());
		assertEquals("\"-3\" 为负数;数量或金额须为 0 或以上", e.getReason(Locale.CHINESE));
	}

	@Test
	void amountsKeepTheirScaleAndFitTheirColumn() {
		assertEquals(new BigDecimal("12.50"), ModelRules.fitColumn(new BigDecimal("12.5"), 14, 2, "cash_yuan"));
		assertEquals(new BigDecimal("12.50"), ModelRules.fitColumn(new BigDecimal("12.500"), 14, 2, "cash_yuan"));
		assertRejected("cash_yuan", "scale", () -> ModelRules.amount(new BigDecimal("0.001"), 2, "cash_yuan"));
		assertRejected("cash_yuan", "negative", () -> ModelRules.amount(new BigDecimal("-0.01"), 2, "cash_yuan"));
		assertRejected("amount_yuan", "notPositive", () -> ModelRules.positiveAmount(new BigDecimal("0.00"), 2, "amount_yuan"));
		assertEquals(new BigDecimal("999999999999.99"),
				ModelRules.fitColumn(new BigDecimal("999999999999.99"), 14, 2, "amount_yuan"));
		assertRejected("amount_yuan", "tooLarge", () -> ModelRules.fitColumn(new BigDecimal("1000000000000"), 14, 2, "amount_yuan"));
	}

	@Test
	void decimalRangesIncludeTheirEnds() {
		BigDecimal min = new BigDecimal("34.0");
		BigDecimal max = new BigDecimal("43.0");
		assertEquals(new BigDecimal("34"), ModelRules.range(new BigDecimal("34"), min, max, 1, "temperature_c"));
		assertEquals(new BigDecimal("43.0"), ModelRules.range(new BigDecimal("43.0"), min, max, 1, "temperature_c"));
		InvalidValueException e = assertRejected("temperature_c", "range",
				() -> ModelRules.range(new BigDecimal("43.1"), min, max, 1, "temperature_c"));
		assertEquals("43.1 is outside 34.0 to 43.0", e.getReason());
	}

	@Test
	void anEndMayBeOnTheStartDayButNotBefore() {
		LocalDate start = LocalDate.of(2020, 1, 28);
		ModelRules.notBefore(start, start, "end", "start");
		ModelRules.notBefore(null, start, "end", "start");
		InvalidValueException e = assertRejected("end", "endBeforeStart",
				() -> ModelRules.notBefore(start.minusDays(1), start, "end", "start"));
		assertEquals("2020-01-27 is before start (2020-01-28)", e.getReason());
	}
}
