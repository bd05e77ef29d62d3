package org.cordon.model;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.cordon.model.ModelAssertions.markStored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cordon.model.organisation.CountyUnit;
import org.junit.jupiter.api.Test;

class CordonEntityTest {

	@Test
	void aNewRecordTakesACodeStripped() {
		CountyUnit unit = new CountyUnit();
		assertNull(unit.getCode());
		unit.setCode("  U-HEALTH ");
		assertEquals("U-HEALTH", unit.getCode());
		unit.setCode("U-HEALTH-2");
		assertEquals("U-HEALTH-2", unit.getCode(), "a new record may still be renumbered");
	}

	@Test
	void aStoredRecordKeepsItsCode() {
		CountyUnit unit = markStored(new CountyUnit("U-HEALTH", "县卫健局"), 1);
		InvalidValueException e = assertRejected("code", "codeFixed", () -> unit.setCode("U-OTHER"));
		assertEquals("code: the code cannot change once the record is stored", e.getMessage());
		assertEquals("U-HEALTH", unit.getCode());
	}

	@Test
	void codesAreRequiredAndFitTheColumn() {
		assertRejected("code", "required", () -> new CountyUnit(null, "县卫健局"));
		assertRejected("code", "blank", () -> new CountyUnit(" \t", "县卫健局"));
		String longest = "K".repeat(CordonEntity.CODE_LENGTH);
		assertEquals(longest, new CountyUnit(longest, "县卫健局").getCode());
		InvalidValueException e = assertRejected("code", "tooLong", () -> new CountyUnit(longest + "K", "县卫健局"));
		assertEquals("has 101 characters; at most 100 are allowed", e.getReason());
	}

	@Test
	void aRecordWithoutCodeIsNotStored() {
		CountyUnit unit = new CountyUnit();
		unit.setName("县卫健局");
		assertRejected("code", "required", unit::validate);
	}

	@Test
	void anIncompleteRecordStillHasALabel() {
		assertEquals("", new CountyUnit().getDisplayName());
		assertEquals("CountyUnit[null ]", new CountyUnit().toString());
	}
}
