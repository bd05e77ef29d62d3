package org.cordon.services.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.tests.common.SampleOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation as of a past moment: today's records with the audit trail after that moment undone. */
class OrganisationAsOfTest {

	@TempDir
	Path temp;

	private CordonDatabase database;
	private OrganisationService organisation;
	private RecordService records;

	@BeforeEach
	void openFreshDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		organisation = OsgiServices.await(OrganisationService.class);
		records = OsgiServices.await(RecordService.class);
	}

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void asOfBeforeTheChangesShowsTheOldHolderTheOldNameTheDeletedPositionAndNoNewPairing() throws InterruptedException {
		LocalDateTime beforeAnything = moment();
		organisation.saveAll(new SampleOrganisation("").inStoringOrder());
		OrganisationSnapshot original = organisation.snapshot();
		LocalDateTime beforeChanges = moment();

		OrganisationSnapshot now = organisation.snapshot();
		Position secretarySeat = position(now, "POS-1");
		secretarySeat.setHolder(person(now, "P-3"));
		WorkingGroup checkpoints = group(now, "G-CHECKPOINTS");
		checkpoints.setName("交通卡口组");
		records.saveChanges(List.of(secretarySeat, checkpoints), List.of(position(now, "POS-4")));
		Pairing added = new Pairing("PAIR-3", now.units().get(0), now.unpairedCommunities().get(0));
		organisation.saveAll(List.of(added));
		OrganisationSnapshot changed = organisation.snapshot();
		assertEquals("P-3", position(changed, "POS-1").getHolder().getCode());
		assertTrue(changed.unpairedCommunities().isEmpty());

		OrganisationSnapshot past = organisation.asOf(beforeChanges);
		assertEquals("王县委书记", position(past, "POS-1").getHolder().getName());
		assertEquals("卡口检疫组", group(past, "G-CHECKPOINTS").getName());
		Position deleted = position(past, "POS-4");
		assertEquals("组长", deleted.getTitle());
		assertEquals(PositionRole.GROUP_HEAD, deleted.getRole());
		assertEquals("卡口检疫组", deleted.getWorkingGroup().getName());
		assertEquals(List.of("POS-4"), codes(past.positionsOf(group(past, "G-CHECKPOINTS"))));
		assertEquals(List.of("PAIR-1", "PAIR-2"), codes(past.pairings()));
		assertEquals(List.of("C-3"), codes(past.unpairedCommunities()));
		assertEquals(describe(original), describe(past));
		assertTrue(Stream.of(past.positions(), past.workingGroups(), past.pairings()).flatMap(List::stream).allMatch(r -> r.getId() == null),
				"the past is made of new objects, never of stored records");

		assertEquals(describe(changed), describe(organisation.asOf(moment())));
		assertEquals(describe(OrganisationSnapshot.empty()), describe(organisation.asOf(beforeAnything)));
	}

	@Test
	void aRecordDeletedAndMadeAgainIsTheOldOneBeforeTheDeletion() throws InterruptedException {
		organisation.saveAll(new SampleOrganisation("").inStoringOrder());
		LocalDateTime beforeChanges = moment();
		OrganisationSnapshot now = organisation.snapshot();
		Position head = position(now, "POS-3");
		records.deleteAll(List.of(head));
		Position again = new Position("POS-3", "副主任", PositionRole.STAFF, group(now, "G-CHECKPOINTS"));
		organisation.saveAll(List.of(again));

		OrganisationSnapshot past = organisation.asOf(beforeChanges);
		Position old = position(past, "POS-3");
		assertEquals("办公室主任", old.getTitle());
		assertEquals("G-OFFICE", old.getWorkingGroup().getCode());
		assertEquals("张局长", old.getHolder().getName());
		assertEquals("副主任", position(organisation.asOf(moment()), "POS-3").getTitle());
	}

	/** A moment strictly between what was written before and what is written after. */
	private static LocalDateTime moment() throws InterruptedException {
		Thread.sleep(20);
		LocalDateTime moment = LocalDateTime.now();
		Thread.sleep(20);
		return moment;
	}

	/** Every record with what the navigator and the diagrams show of it. */
	private static List<String> describe(OrganisationSnapshot snapshot) {
		return Stream.of(snapshot.leadingGroups().stream().map(g -> g.getCode() + " " + g.getName()),
				snapshot.workingGroups().stream().map(g -> g.getCode() + " " + g.getName() + " " + g.getKind() + " " + code(g.getLeadingGroup())),
				snapshot.positions().stream().map(p -> p.getCode() + " " + p.getTitle() + " " + p.getRole() + " " + code(p.getWorkingGroup()) + " "
						+ code(p.getHolder())),
				snapshot.persons().stream().map(p -> p.getCode() + " " + p.getName() + " " + code(p.getUnit())),
				snapshot.townships().stream().map(t -> t.getCode() + " " + t.getName()),
				snapshot.communities().stream().map(c -> c.getCode() + " " + c.getName() + " " + code(c.getTownship())),
				snapshot.units().stream().map(u -> u.getCode() + " " + u.getName()),
				snapshot.pairings().stream().map(p -> p.getCode() + " " + code(p.getUnit()) + " " + code(p.getCommunity()) + " " + p.getSince()))
				.flatMap(s -> s).toList();
	}

	private static String code(CordonEntity record) {
		return record == null ? "-" : record.getCode();
	}

	private static Position position(OrganisationSnapshot snapshot, String code) {
		return snapshot.positions().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
	}

	private static WorkingGroup group(OrganisationSnapshot snapshot, String code) {
		return snapshot.workingGroups().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
	}

	private static Person person(OrganisationSnapshot snapshot, String code) {
		return snapshot.persons().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
	}

	private static List<String> codes(List<? extends CordonEntity> list) {
		return list.stream().map(CordonEntity::getCode).toList();
	}
}
