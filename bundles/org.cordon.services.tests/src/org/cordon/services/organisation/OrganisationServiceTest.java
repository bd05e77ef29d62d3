package org.cordon.services.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.OsgiServices;
import org.cordon.tests.common.SampleOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationServiceTest {

	@TempDir
	Path temp;

	private CordonDatabase database;
	private OrganisationService organisation;

	@BeforeEach
	void openFreshDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		organisation = OsgiServices.await(OrganisationService.class);
	}

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void anEmptyDatabaseHasAnEmptySummary() {
		OrganisationSummary summary = organisation.summary();
		assertEquals(new OrganisationSummary(0, 0, 0, 0, 0, 0, 0, 0, 0), summary);
	}

	@Test
	void summaryCountsTheOrganisationAndTheCommunitiesNoUnitCovers() {
		organisation.saveAll(new SampleOrganisation("").inStoringOrder());
		OrganisationSummary summary = organisation.summary();
		assertEquals(2, summary.townships());
		assertEquals(3, summary.communities());
		assertEquals(2, summary.units());
		assertEquals(2, summary.pairings());
		assertEquals(1, summary.unpairedCommunities());
		assertEquals(3, summary.workingGroups());
		assertEquals(4, summary.positions());
		assertEquals(3, summary.persons());
		assertEquals(List.of("townships", "communities", "units", "pairings", "unpaired_communities", "leading_groups",
				"working_groups", "positions", "persons"), List.copyOf(summary.asKeyValues().keySet()));
	}

	@Test
	void snapshotGivesTheNavigatorItsTree() {
		organisation.saveAll(new SampleOrganisation("").inStoringOrder());
		OrganisationSnapshot snapshot = organisation.snapshot();
		LeadingGroup leadingGroup = snapshot.leadingGroups().get(0);
		assertEquals(List.of("G-OFFICE", "G-CHECKPOINTS", "G-SUPERVISION"), codes(snapshot.groupsOf(leadingGroup)));
		assertEquals(List.of("POS-1", "POS-2"), codes(snapshot.leadershipOf(leadingGroup)));
		assertEquals(List.of("POS-3"), codes(snapshot.positionsOf(snapshot.groupsOf(leadingGroup).get(0))));
		Township linquan = snapshot.townships().get(0);
		assertEquals(List.of("C-1", "C-2"), codes(snapshot.communitiesOf(linquan)));
		Community wananyuan = snapshot.communitiesOf(linquan).get(0);
		assertEquals("县住建局", snapshot.pairingOf(wananyuan).orElseThrow().getUnit().getName());
		assertEquals(List.of("C-3"), codes(snapshot.unpairedCommunities()));
	}

	@Test
	void aFailedSaveWritesNothing() {
		Township first = new Township("T-1", "临泉镇", TownshipKind.TOWN);
		Township clash = new Township("T-1", "白文镇", TownshipKind.TOWN);
		assertThrows(RuntimeException.class, () -> organisation.saveAll(List.of(first, clash)));
		assertEquals(0, organisation.summary().townships());
	}

	@Test
	void changesToStoredRecordsAreMerged() {
		SampleOrganisation sample = new SampleOrganisation("");
		organisation.saveAll(sample.inStoringOrder());
		Community community = organisation.snapshot().communities().get(0);
		community.setName("湫水万安苑（易地搬迁）");
		List<Community> stored = organisation.saveAll(List.of(community));
		assertEquals(community.getVersion() + 1, stored.get(0).getVersion());
		assertEquals("湫水万安苑（易地搬迁）", organisation.snapshot().communities().get(0).getName());
	}

	private static List<String> codes(List<? extends CordonEntity> records) {
		return records.stream().map(CordonEntity::getCode).toList();
	}
}
