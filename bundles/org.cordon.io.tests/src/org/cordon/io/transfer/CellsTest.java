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
			"1.5|\"1.5\" is not a whole number", "2147483648|\"2147483648\" is outside 0 to 2147483647" })
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
	}
}
