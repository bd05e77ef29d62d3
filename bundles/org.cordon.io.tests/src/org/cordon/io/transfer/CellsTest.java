package org.cordon.io.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.cordon.model.checkpoints.CheckpointKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CellsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "abc|\"abc\" is not a whole number", "-1|\"-1\" is negative; a count must be 0 or more",
			"1.5|\"1.5\" is not a whole number", "2147483648|\"2147483648\" is outside 0 to 2147483647", "+5|\"+5\" is not a whole number",
			"-|\"-\" is not a whole number", "1 000|\"1 000\" is not a whole number", "\uFF15|\"\uFF15\" is not a whole number",
			"99999999999999999999|\"99999999999999999999\" is too large" })
	void countsRejectWhatIsNotAWholeNumberOf0OrMore(String text, String reason) {
		CellException e = assertThrows(CellException.class, () -> Cells.count().parse(text));
		assertEquals(reason, e.getMessage());
	}

	@Test
	void yuanKeepTwoPlacesOnExport() throws Exception {
		assertEquals("3704738.00", Cells.yuan().format(Cells.yuan().parse("3704738")));
		assertEquals("0.50", Cells.yuan().format(new BigDecimal("0.5")));
		assertEquals("\"1,000\" is not a number (use digits and a '.', no separators)",
				assertThrows(CellException.class, () -> Cells.yuan().parse("1,000")).getMessage());
	}

	@Test
	void litresLoseTrailingZeros() throws Exception {
		assertEquals("1560", Cells.decimal(1, -1).format(new BigDecimal("1560.0")));
		assertEquals("17.5", Cells.decimal(1, -1).format(new BigDecimal("17.50")));
	}

	@Test
	void choicesAreLowerCaseWords() throws Exception {
		assertEquals(CheckpointKind.HEALTH_STATION, Cells.choice(CheckpointKind.class).parse("health_station"));
		assertEquals("health_station", Cells.choice(CheckpointKind.class).format(CheckpointKind.HEALTH_STATION));
		assertThrows(CellException.class, () -> Cells.choice(CheckpointKind.class).parse("HEALTH_STATION"));
	}

	@Test
	void textRefusesControlCharactersAndHugeValues() {
		assertThrows(CellException.class, () -> Cells.text().parse("a\u0000b"));
		assertThrows(CellException.class, () -> Cells.text().parse("x".repeat(2001)));
	}

	@Test
	void codesAreShortAndPlain() throws Exception {
		assertEquals("CP-01", Cells.code().parse("CP-01"));
		assertThrows(CellException.class, () -> Cells.code().parse("CP 01"));
		assertThrows(CellException.class, () -> Cells.code().parse("'; drop table X; --"));
		assertEquals("a.b_C-9", Cells.code().parse("a.b_C-9"));
		assertEquals("x".repeat(64), Cells.code().parse("x".repeat(64)));
		assertThrows(CellException.class, () -> Cells.code().parse("x".repeat(65)));
		assertThrows(CellException.class, () -> Cells.code().parse(""));
		assertThrows(CellException.class, () -> Cells.code().parse("卡口-01"));
	}

	@Test
	void wholeNumbersMayBeNegativeWhereTheRangeAllows() throws Exception {
		assertEquals(-3, Cells.range(-10, 10).parse("-3"));
		assertEquals(0, Cells.count().parse("000"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2020-2-01|\"2020-2-01\" is not a date as yyyy-MM-dd", "2020/02/01|\"2020/02/01\" is not a date as yyyy-MM-dd",
			"2020-02-011|\"2020-02-011\" is not a date as yyyy-MM-dd", "20a0-02-01|\"20a0-02-01\" is not a date as yyyy-MM-dd",
			"2020-02-30|\"2020-02-30\" is not a date that exists", "2021-02-29|\"2021-02-29\" is not a date that exists",
			"2020-13-01|\"2020-13-01\" is not a date that exists", "2020-00-10|\"2020-00-10\" is not a date that exists" })
	void datesAreIsoDatesThatExist(String text, String reason) {
		CellException e = assertThrows(CellException.class, () -> Cells.date().parse(text));
		assertEquals(reason, e.getMessage());
	}

	@Test
	void aLeapDayIsADate() throws Exception {
		assertEquals(java.time.LocalDate.of(2020, 2, 29), Cells.date().parse("2020-02-29"));
		assertEquals(java.time.LocalDate.of(2020, 1, 24), Cells.date().parse("2020-01-24"));
	}
}
