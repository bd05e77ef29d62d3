package org.cordon.services.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.cordon.model.AuditEntry;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Township;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.tests.common.SampleOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change through the services leaves who, when, which record and field, old and new value. */
class AuditTrailTest {

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void creationChangesAndDeletionAreRecordedInOrderWithWhoAndWhen() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		RecordService records = new RecordServiceImpl(database);
		LocalDateTime before = LocalDateTime.now().minusSeconds(1);
		SampleOrganisation sample = new SampleOrganisation("");
		records.saveAll(sample.inStoringOrder());

		Community unpaired = records.all(Community.class).stream().filter(c -> c.getCode().equals(sample.unpaired.getCode())).findFirst().orElseThrow();
		String oldName = unpaired.getName();
		Township otherTownship = records.all(Township.class).stream().filter(t -> !t.getCode().equals(unpaired.getTownship().getCode()))
				.findFirst().orElseThrow();
		String oldTownship = unpaired.getTownship().getCode();
		unpaired.setName("新村社区");
		unpaired.setTownship(otherTownship);
		Community saved = records.saveChanges(List.of(unpaired), List.of()).get(0);
		records.deleteAll(List.of(saved));

		List<AuditEntry> trail = records.history(saved);
		String user = System.getProperty("user.name");
		assertEquals(List.of("CREATED null null null", "CHANGED name " + oldName + " 新村社区", "CHANGED township " + oldTownship + " " + otherTownship.getCode(),
				"DELETED households " + saved.getHouseholds() + " null", "DELETED name 新村社区 null", "DELETED township " + otherTownship.getCode() + " null"),
				trail.stream().map(e -> e.getAction() + " " + e.getFieldName() + " " + e.getOldValue() + " " + e.getNewValue()).sorted(AuditTrailTest::byAction).toList());
		for (AuditEntry entry : trail) {
			assertEquals(user, entry.getUserName());
			assertEquals("Community", entry.getRecordKind());
			assertFalse(entry.getChangedAt().isBefore(before), entry.toString());
		}
		assertTrue(records.history(records.all(Township.class).get(0)).stream().allMatch(e -> e.getAction() == AuditEntry.Action.CREATED));
	}

	@Test
	void aRefusedSaveLeavesNoTrail() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		RecordService records = new RecordServiceImpl(database);
		SampleOrganisation sample = new SampleOrganisation("");
		records.saveAll(sample.inStoringOrder());
		Community first = records.all(Community.class).get(0);
		Community stale = records.all(Community.class).get(0);
		first.setName("先改");
		records.saveChanges(List.of(first), List.of());
		stale.setName("后改");
		assertThrows(RuntimeException.class, () -> records.saveChanges(List.of(stale), List.of()));
		assertEquals(List.of("先改"), records.history(first).stream().filter(e -> e.getAction() == AuditEntry.Action.CHANGED)
				.map(AuditEntry::getNewValue).toList());
	}

	private static int byAction(String a, String b) {
		List<String> order = List.of("CREATED", "CHANGED", "DELETED");
		int byAction = Integer.compare(order.indexOf(a.split(" ")[0]), order.indexOf(b.split(" ")[0]));
		return byAction != 0 ? byAction : a.compareTo(b);
	}
}
