package org.cordon.model.checkpoints;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.cordon.model.ModelAssertions.markStored;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.cordon.model.InvalidValueException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

class CheckpointRulesTest {

	private static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	private static Checkpoint expresswayExit() {
		return new Checkpoint("KK-03", "白文高速口", 1, CheckpointKind.EXPRESSWAY_EXIT);
	}

	@Test
	void levelsAreOneToFour() {
		Checkpoint checkpoint = expresswayExit();
		checkpoint.setLevel(4);
		InvalidValueException e = assertRejected("level", "range", () -> checkpoint.setLevel(5));
		assertEquals("5 is outside 1 to 4", e.getReason());
		assertRejected("level", "range", () -> checkpoint.setLevel(0));
		assertEquals(4, checkpoint.getLevel());
	}

	@Test
	void aCheckpointFilledInColumnByColumnNeedsItsLevel() {
		Checkpoint checkpoint = new Checkpoint();
		checkpoint.setCode("KK-04");
		checkpoint.setName("临泉火车站");
		checkpoint.setKind(CheckpointKind.RAILWAY_STATION);
		assertRejected("level", "range", checkpoint::validate);
		checkpoint.setLevel(2);
		checkpoint.setOpen(true);
		checkpoint.setTwoWay(true);
		checkpoint.setLocation("  ");
		checkpoint.validate();
		assertEquals(null, checkpoint.getLocation());
	}

	@Test
	void countsCannotBeNegative() {
		CheckpointCount count = new CheckpointCount(FEB_1, expresswayExit());
		InvalidValueException e = assertRejected("vehicles", "negative", () -> count.setVehicles(-3));
		assertEquals("vehicles: \"-3\" is negative; a count or amount must be 0 or more", e.getMessage());
		assertRejected("persons", "negative", () -> count.setPersons(-1));
		assertRejected("fever", "negative", () -> count.setFever(-1));
	}

	@Test
	void feverCannotExceedPersons() {
		CheckpointCount count = new CheckpointCount(FEB_1, expresswayExit());
		count.setPersons(3);
		count.setFever(3);
		count.validate();
		count.setFever(5);
		InvalidValueException e = assertRejected("fever", "exceeds", count::validate);
		assertEquals("5 is more than persons (3)", e.getReason());
		assertEquals("5 大于persons(3)", e.getReason(Locale.CHINESE));
	}

	@Test
	void aCountIsCodedByItsCheckpointAndDay() {
		assertEquals("KK-03@2020-02-01", CheckpointCount.codeFor("KK-03", FEB_1));
		assertEquals("KK-03@2020-02-01", new CheckpointCount(FEB_1, expresswayExit()).getCode());
		assertRejected("date", "required", () -> CheckpointCount.codeFor("KK-03", null));

		CheckpointCount imported = new CheckpointCount();
		imported.setCheckpoint(expresswayExit());
		imported.setDate(FEB_1.plusDays(1));
		imported.validate();
		assertEquals("KK-03@2020-02-02", imported.getCode(), "a count filled in column by column takes its code when checked");
		assertEquals("白文高速口 2020-02-02", imported.getDisplayName());
	}

	@Test
	void aStoredCountCannotMoveToAnotherDay() {
		CheckpointCount count = markStored(new CheckpointCount(FEB_1, expresswayExit()), 7);
		count.validate();
		count.setDate(FEB_1.plusDays(1));
		assertRejected("code", "codeFixed", count::validate);
	}

	@Test
	void anIncompleteCountIsNotStored() {
		assertRejected("date", "required", new CheckpointCount()::validate);
		CheckpointCount withoutCheckpoint = new CheckpointCount();
		withoutCheckpoint.setDate(FEB_1);
		assertRejected("checkpoint", "required", withoutCheckpoint::validate);
	}

	/** The daily tally writes CHECKPOINT_COUNT over JDBC, so its names must stay as they are. */
	@Test
	void theCountTableHasTheNamesTheTallyWrites() throws Exception {
		Table table = CheckpointCount.class.getAnnotation(Table.class);
		assertEquals("CHECKPOINT_COUNT", table.name());
		UniqueConstraint day = table.uniqueConstraints()[0];
		assertEquals("CHECKPOINT_COUNT_DAY", day.name());
		assertArrayEquals(new String[] { "COUNT_DATE", "CHECKPOINT_ID" }, day.columnNames());
		assertEquals("COUNT_DATE", CheckpointCount.class.getDeclaredField("date").getAnnotation(Column.class).name());
		assertEquals("CHECKPOINT_ID", CheckpointCount.class.getDeclaredField("checkpoint").getAnnotation(JoinColumn.class).name());
		for (String field : new String[] { "vehicles", "persons", "fever" }) {
			assertEquals(field.toUpperCase(Locale.ROOT), CheckpointCount.class.getDeclaredField(field).getAnnotation(Column.class).name());
		}
	}
}
