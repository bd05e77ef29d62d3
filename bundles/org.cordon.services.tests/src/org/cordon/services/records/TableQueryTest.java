package org.cordon.services.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cordon.io.transfer.KindLabels;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's sorting and filtering, run by the database on ids, the way a paged table asks for them. */
class TableQueryTest {

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();
	private RecordService records;

	@SuppressWarnings("unchecked")
	private static final RecordFormat<CordonEntity> TOWNSHIPS = (RecordFormat<CordonEntity>) RecordKinds.table("townships").orElseThrow();
	@SuppressWarnings("unchecked")
	private static final RecordFormat<CordonEntity> COMMUNITIES = (RecordFormat<CordonEntity>) RecordKinds.table("communities").orElseThrow();
	@SuppressWarnings("unchecked")
	private static final RecordFormat<CordonEntity> CHECKPOINTS = (RecordFormat<CordonEntity>) RecordKinds.table("checkpoints").orElseThrow();
	@SuppressWarnings("unchecked")
	private static final RecordFormat<CordonEntity> COUNTS = (RecordFormat<CordonEntity>) RecordKinds.table("checkpoint-counts").orElseThrow();

	/** Labels as a desk shows them, so that a filter is seen to match by label and by CSV word. */
	private static final KindLabels SHOWN = new KindLabels() {
		@Override
		public String choiceLabel(Enum<?> value) {
			return value == TownshipKind.TOWN ? "镇" : value == TownshipKind.TOWNSHIP ? "乡" : KindLabels.super.choiceLabel(value);
		}

		@Override
		public String booleanLabel(boolean value) {
			return value ? "是" : "否";
		}
	};

	@BeforeEach
	void open() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		records = new RecordServiceImpl(database);
		List<CordonEntity> sample = new ArrayList<>();
		Township a = township("T-A", "安乐镇", TownshipKind.TOWN, 3);
		Township b = township("T-B", "白文乡", TownshipKind.TOWNSHIP, 1);
		Township c = township("T-C", "城关镇", TownshipKind.TOWN, 2);
		Township percent = township("T-100%", "百分乡", TownshipKind.TOWNSHIP, 12);
		sample.addAll(List.of(a, b, c, percent));
		sample.add(community("C-1", "湫水万安苑", c, 1200));
		sample.add(community("C-2", "元倍花园", a, 300));
		sample.add(community("C-3", "白文新区", b, 1200));
		sample.add(community("C-4", "安乐小区", c, 45));
		records.saveAll(sample);
	}

	@AfterEach
	void close() {
		database.close();
	}

	private static Township township(String code, String name, TownshipKind kind, int order) {
		Township township = new Township(code, name, kind);
		township.setSortOrder(order);
		return township;
	}

	private static Community community(String code, String name, Township township, int households) {
		Community community = new Community(code, name, township);
		community.setHouseholds(households);
		return community;
	}

	private List<String> codes(RecordFormat<CordonEntity> format, String typed, String column, boolean ascending) {
		TableQuery query = TableQueries.of(format, SHOWN, typed, format.header().indexOf(column), ascending);
		return records.byIds(format.type(), records.ids(query)).stream().map(CordonEntity::getCode).toList();
	}

	@Test
	void sortsByAnyColumnInEitherDirectionWithTheIdAsTieBreak() {
		assertEquals(List.of("T-100%", "T-A", "T-B", "T-C"), codes(TOWNSHIPS, "", "code", true));
		assertEquals(List.of("T-C", "T-B", "T-A", "T-100%"), codes(TOWNSHIPS, "", "code", false));
		assertEquals(List.of("T-B", "T-C", "T-A", "T-100%"), codes(TOWNSHIPS, "", "order", true), "numbers sort as numbers: 12 after 3");
		assertEquals(List.of("T-A", "T-C", "T-B", "T-100%"), codes(TOWNSHIPS, "", "kind", true), "towns before townships, each by id");
		assertEquals(List.of("C-3", "C-1", "C-2", "C-4"), codes(COMMUNITIES, "", "households", false), "descending, ties too");
	}

	@Test
	void aReferenceSortsByTheReferencedRecordsName() {
		// the names in the order of their characters, as the database compares them
		List<String> byTownship = codes(COMMUNITIES, "", "township", true);
		List<String> townshipNames = records.byIds(Community.class, records.ids(TableQueries.of(COMMUNITIES, SHOWN, "", COMMUNITIES.header().indexOf("township"), true))).stream()
				.map(community -> ((Community) community).getTownship().getName()).toList();
		List<String> sorted = new ArrayList<>(townshipNames);
		sorted.sort(null);
		assertEquals(sorted, townshipNames, "by township name: " + byTownship);
	}

	@Test
	void anIndexedDateSortsInTheDatabaseAndAnythingElseInMemoryTheSameWay() {
		Checkpoint north = checkpoint("K-N", "北口", townshipCoded("T-B"));
		Checkpoint unplaced = checkpoint("K-U", "流动", null);
		Checkpoint south = checkpoint("K-S", "南口", townshipCoded("T-A"));
		records.saveAll(List.of(north, unplaced, south));
		List<CordonEntity> counts = new ArrayList<>();
		counts.add(count("2020-02-02", north, 5));
		counts.add(count("2020-02-01", north, 7));
		counts.add(count("2020-02-02", unplaced, 7));
		counts.add(count("2020-02-01", south, 1));
		counts.add(count("2020-02-03", south, 3));
		records.saveAll(counts);

		// by date: CHECKPOINT_COUNT_BY_DATE leads with it, the database reads the ids in order; ties by id
		assertEquals(List.of("K-N@2020-02-01", "K-S@2020-02-01", "K-N@2020-02-02", "K-U@2020-02-02", "K-S@2020-02-03"),
				codes(COUNTS, "", "date", true));
		assertEquals(List.of("K-S@2020-02-03", "K-U@2020-02-02", "K-N@2020-02-02", "K-S@2020-02-01", "K-N@2020-02-01"),
				codes(COUNTS, "", "date", false), "descending is ascending reversed, ties too");
		// by a number: no index, sorted in memory with the same rules
		assertEquals(List.of("K-S@2020-02-01", "K-S@2020-02-03", "K-N@2020-02-02", "K-N@2020-02-01", "K-U@2020-02-02"),
				codes(COUNTS, "", "persons", true));
		assertEquals(List.of("K-S@2020-02-03", "K-S@2020-02-01"), codes(COUNTS, "南口", "date", false), "filtered, then sorted");
		// by a reference's name: ranks of the referenced records, an empty reference last (first when descending)
		assertEquals(List.of("K-S", "K-N", "K-U"), codes(CHECKPOINTS, "", "township", true), "安乐镇 before 白文乡, then none");
		assertEquals(List.of("K-U", "K-N", "K-S"), codes(CHECKPOINTS, "", "township", false));
		assertEquals(List.of("K-N@2020-02-02", "K-N@2020-02-01", "K-S@2020-02-01", "K-S@2020-02-03", "K-U@2020-02-02"),
				codes(COUNTS, "", "checkpoint", true), "北口 before 南口 before 流动 as the database compares characters, ties by id");

		// the first screen before all the ids: only where the index gives it in order
		TableQuery byDate = TableQueries.of(COUNTS, SHOWN, "", COUNTS.header().indexOf("date"), true);
		assertArrayEquals(Arrays.copyOf(records.ids(byDate), 2), records.firstIds(byDate, 2));
		TableQuery byDateFiltered = TableQueries.of(COUNTS, SHOWN, "南口", COUNTS.header().indexOf("date"), true);
		assertArrayEquals(new long[0], records.firstIds(byDateFiltered, 10), "a filter's rows are sorted in memory, not read along the index");
		assertArrayEquals(new long[0], records.firstIds(TableQueries.of(COUNTS, SHOWN, "", COUNTS.header().indexOf("date"), false), 2),
				"the index is not read backwards");
		assertArrayEquals(new long[0], records.firstIds(TableQueries.of(COUNTS, SHOWN, "", COUNTS.header().indexOf("persons"), true), 2),
				"no index by persons: every row's key first");
	}

	private Township townshipCoded(String code) {
		return records.byIds(Township.class, records.ids(TableQuery.all(Township.class))).stream().map(Township.class::cast)
				.filter(t -> t.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static Checkpoint checkpoint(String code, String name, Township township) {
		Checkpoint checkpoint = new Checkpoint(code, name, 1, CheckpointKind.values()[0]);
		checkpoint.setTownship(township);
		return checkpoint;
	}

	private static CheckpointCount count(String date, Checkpoint checkpoint, int persons) {
		CheckpointCount count = new CheckpointCount(LocalDate.parse(date), checkpoint);
		count.setPersons(persons);
		return count;
	}

	@Test
	void filtersTextCodesReferencesChoicesAndNumbersTheWayTheyAreShown() {
		assertEquals(List.of("C-2", "C-4"), codes(COMMUNITIES, "安乐", "code", true), "a name, or the referenced township's name");
		assertEquals(List.of("C-3"), codes(COMMUNITIES, "t-b", "code", true), "the referenced township's code, ignoring case");
		assertEquals(List.of("C-1", "C-3"), codes(COMMUNITIES, "1200", "code", true), "a number by its value");
		assertEquals(List.of(), codes(COMMUNITIES, "120", "code", true), "a number is not a text");
		assertEquals(List.of("T-100%", "T-B"), codes(TOWNSHIPS, "乡", "code", true), "a choice by its label");
		assertEquals(List.of("T-100%", "T-B"), codes(TOWNSHIPS, "township", "code", true), "a choice by its CSV word");
		assertEquals(List.of("T-100%"), codes(TOWNSHIPS, "%", "code", true), "the database's wildcards are taken literally");
		assertEquals(List.of(), codes(TOWNSHIPS, "_", "code", true));
		assertEquals(List.of(), codes(TOWNSHIPS, "no such thing", "code", true));
		assertEquals(List.of("T-C", "T-A", "T-B", "T-100%"), codes(TOWNSHIPS, "  t-  ", "name", true), "typed blanks around are not wanted");
	}

	@Test
	void everyTableOfEveryKindSortsByEachColumnAndFiltersInTheDatabase() {
		for (RecordKind kind : RecordKinds.all()) {
			@SuppressWarnings("unchecked")
			RecordFormat<CordonEntity> format = (RecordFormat<CordonEntity>) RecordKinds.table(kind.name()).orElseThrow();
			for (int column = 0; column < format.columns().size(); column++) {
				for (String typed : List.of("", "2020-02", "1", "是", "白")) {
					TableQuery query = TableQueries.of(format, SHOWN, typed, column, column % 2 == 0);
					try {
						records.ids(query);
					} catch (RuntimeException e) {
						throw new AssertionError(kind.name() + " by " + format.columns().get(column).name() + " filtered by '" + typed + "': " + e, e);
					}
				}
			}
		}
	}

	@Test
	void recordsComeByIdInTheOrderAskedWithGapsForTheDeleted() {
		long[] ids = records.ids(TableQuery.all(Township.class));
		long[] reversed = new long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			reversed[i] = ids[ids.length - 1 - i];
		}
		List<CordonEntity> got = records.byIds(Township.class, reversed).stream().map(CordonEntity.class::cast).toList();
		assertEquals(List.of("T-C", "T-B", "T-A", "T-100%"), got.stream().map(CordonEntity::getCode).toList());
		long[] withGone = Arrays.copyOf(ids, ids.length + 1);
		withGone[ids.length] = Long.MAX_VALUE;
		assertNull(records.byIds(Township.class, withGone).get(ids.length));
		assertArrayEquals(new long[0], records.ids(new TableQuery(Township.class, List.of(), "code", true)), "an empty filter shows nothing");
	}

	@Test
	void codesInUseAndChangesSinceAMomentOfTheAuditTrail() {
		assertEquals(Set.of("T-A"), records.codesInUse(Township.class, List.of("T-A", "T-Z")));
		assertEquals(4, records.count(Township.class));
		LocalDateTime mark = records.lastChange().orElseThrow();
		assertEquals(0, records.changesSince(Township.class, mark));
		Township a = records.byIds(Township.class, records.ids(TableQuery.all(Township.class))).get(1);
		a.setName("安乐新镇");
		records.saveChanges(List.of(a), List.of());
		assertEquals(1, records.changesSince(Township.class, mark));
		assertEquals(0, records.changesSince(Community.class, mark));
		assertTrue(records.changesSince(Township.class, null) >= 4);
	}
}
