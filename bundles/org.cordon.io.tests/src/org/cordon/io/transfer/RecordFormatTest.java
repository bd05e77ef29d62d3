package org.cordon.io.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvOutput;
import org.cordon.io.csv.CsvProblem;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFormatTest {

	@TempDir
	Path temp;

	private static RecordKind kind(String name) {
		return RecordKinds.named(name).orElseThrow();
	}

	private static Checkpoint checkpoint(String code) {
		Checkpoint checkpoint = new Checkpoint();
		checkpoint.setCode(code);
		checkpoint.setName("太佳高速临县西服务区卫生检疫站");
		checkpoint.setLevel(1);
		checkpoint.setKind(CheckpointKind.HEALTH_STATION);
		checkpoint.setOpen(true);
		return checkpoint;
	}

	private static List<String> problems(RecordKind kind, String text, RecordStore store) {
		return problems("counts.csv", kind, text, store);
	}

	private static List<String> problems(String fileName, RecordKind kind, String text, RecordStore store) {
		CsvImportException e = assertThrows(CsvImportException.class, () -> kind.importFile(CsvFile.of(fileName, text), store));
		return e.problems().stream().map(CsvProblem::toString).toList();
	}

	@Test
	void importsTownshipsByCodeAndUpdatesThoseThatExist() {
		Township existing = new Township();
		existing.setCode("T-01");
		existing.setName("旧名");
		existing.setKind(TownshipKind.TOWN);
		MemoryStore store = MemoryStore.with(existing);
		RecordKind.ImportCounts counts = kind("townships").importFile(CsvFile.of("townships.csv",
				"\uFEFFcode,name,kind,order\r\nT-01,临泉镇,town,0\r\n# a comment\r\nT-02,木瓜坪乡,township,20\r\n"), store);
		assertEquals(new RecordKind.ImportCounts(1, 1, 0), counts);
		assertEquals("临泉镇", existing.getName());
		assertEquals(TownshipKind.TOWNSHIP, store.byCode(Township.class).get("T-02").getKind());
	}

	@Test
	void oneBadRowInTheMiddleWritesNothingAndNamesItsLine() {
		MemoryStore store = MemoryStore.with(checkpoint("CP-01"));
		String text = """
				date,checkpoint,vehicles,persons,fever
				2020-01-26,CP-01,100,220,0
				2020-01-27,CP-01,-3,200,0
				2020-01-28,CP-01,120,240,0
				""";
		assertEquals(List.of("counts.csv:3: vehicles: \"-3\" is negative; a count must be 0 or more"),
				problems(kind("checkpoint-counts"), text, store));
		assertEquals(0, store.count(CheckpointCount.class));
	}

	@Test
	void everyProblemOfTheFileIsListedWithFileLineAndColumn() {
		MemoryStore store = MemoryStore.with(checkpoint("CP-01"));
		String text = """
				date,checkpoint,vehicles,persons,fever
				# comment lines count as lines
				2020-02-30,CP-01,1,2,0
				2020-01-27,CP-99,1,2,0
				2020-01-28,CP-01,many,2,0
				2020-01-29,CP-01,1,2
				2020-01-30,CP-01,1,2,3
				2020-01-31,CP-01,1,2,0
				2020-01-31,CP-01,5,6,0
				2020-02-01,CP-01,99999999999,2,0
				""";
		assertEquals(List.of("counts.csv:3: date: \"2020-02-30\" is not a date that exists",
				"counts.csv:4: checkpoint: there is no checkpoint with the code \"CP-99\"",
				"counts.csv:5: vehicles: \"many\" is not a whole number",
				"counts.csv:6: row: has 4 columns; 5 are expected (date,checkpoint,vehicles,persons,fever)",
				"counts.csv:7: fever: 3 is more than persons (2)",
				"counts.csv:9: date,checkpoint: duplicate key \"CP-01@2020-01-31\", already on line 8",
				"counts.csv:10: vehicles: \"99999999999\" is outside 0 to 2147483647"), problems(kind("checkpoint-counts"), text, store));
		assertEquals(0, store.count(CheckpointCount.class));
	}

	@Test
	void aWrongHeaderIsOneProblemOnLineOne() {
		assertEquals(List.of("counts.csv:1: header: expected date,checkpoint,vehicles,persons,fever but found date,checkpoint,cars"),
				problems(kind("checkpoint-counts"), "date,checkpoint,cars\n", new MemoryStore()));
	}

	@Test
	void anEmptyFileSaysWhatTheHeaderMustBe() {
		assertEquals(List.of("counts.csv:1: header: the file is empty; the first line must be the header date,checkpoint,vehicles,persons,fever"),
				problems(kind("checkpoint-counts"), "", new MemoryStore()));
	}

	@Test
	void invalidUtf8NamesTheLine() throws Exception {
		Path file = temp.resolve("townships.csv");
		byte[] text = "code,name,kind,order\nT-01,临泉镇,town,0\nT-02,".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] bad = java.util.Arrays.copyOf(text, text.length + 8);
		System.arraycopy(new byte[] { (byte) 0xC3, (byte) 0x28, ',', 't', 'o', 'w', 'n', '\n' }, 0, bad, text.length, 8);
		Files.write(file, bad);
		CsvImportException e = assertThrows(CsvImportException.class, () -> CsvFile.read(file));
		assertEquals("townships.csv:3: file: is not valid UTF-8 (byte " + (text.length + 1) + "); save it as UTF-8",
				e.problems().get(0).toString());
	}

	@Test
	void exportWritesKeyOrderAndImportsBackToTheSameBytes() throws Exception {
		MemoryStore store = MemoryStore.with(checkpoint("CP-02"), checkpoint("CP-01"));
		String text = """
				date,checkpoint,vehicles,persons,fever
				2020-01-27,CP-02,10,20,0
				2020-01-26,CP-01,100,220,1
				2020-01-26,CP-02,"7",9,0
				""";
		kind("checkpoint-counts").importFile(CsvFile.of("counts.csv", text), store);
		Path exported = temp.resolve("out.csv");
		try (CsvOutput output = CsvOutput.create(exported, kind("checkpoint-counts").header())) {
			kind("checkpoint-counts").export(store, output);
			output.complete();
		}
		String expected = "date,checkpoint,vehicles,persons,fever\n2020-01-26,CP-01,100,220,1\n2020-01-26,CP-02,7,9,0\n"
				+ "2020-01-27,CP-02,10,20,0\n";
		assertEquals(expected, Files.readString(exported));

		MemoryStore again = MemoryStore.with(checkpoint("CP-02"), checkpoint("CP-01"));
		kind("checkpoint-counts").importFile(CsvFile.read(exported), again);
		Path second = temp.resolve("again.csv");
		try (CsvOutput output = CsvOutput.create(second, kind("checkpoint-counts").header())) {
			kind("checkpoint-counts").export(again, output);
			output.complete();
		}
		assertEquals(Files.readString(exported), Files.readString(second));
		assertEquals(LocalDate.of(2020, 1, 26), again.all(CheckpointCount.class).stream().map(CheckpointCount::getDate).min(LocalDate::compareTo).orElseThrow());
	}

	@Test
	void pairingsReplaceAndRemoveByCommunity() {
		var township = new Township();
		township.setCode("T-01");
		township.setName("临泉镇");
		township.setKind(TownshipKind.TOWN);
		var housing = new org.cordon.model.organisation.CountyUnit();
		housing.setCode("U-01");
		housing.setName("县住建局");
		var health = new org.cordon.model.organisation.CountyUnit();
		health.setCode("U-02");
		health.setName("县卫健局");
		var a = new org.cordon.model.organisation.Community();
		a.setCode("C-1");
		a.setName("湫水万安苑");
		a.setTownship(township);
		var b = new org.cordon.model.organisation.Community();
		b.setCode("C-2");
		b.setName("元倍花园");
		b.setTownship(township);
		MemoryStore store = MemoryStore.with(township, housing, health, a, b);
		RecordKind pairings = kind("pairings");
		assertEquals(new RecordKind.ImportCounts(2, 0, 0), pairings.importFile(CsvFile.of("p.csv", "unit,community\nU-01,C-1\nU-01,C-2\n"), store));
		assertEquals(new RecordKind.ImportCounts(0, 1, 1), pairings.importFile(CsvFile.of("p.csv", "unit,community\nU-02,C-1\n,C-2\n"), store));
		assertEquals(1, store.count(org.cordon.model.organisation.Pairing.class));
		assertEquals("U-02", store.all(org.cordon.model.organisation.Pairing.class).get(0).getUnit().getCode());
		assertEquals(List.of("p.csv:3: community: duplicate key \"C-1\", already on line 2; a community has at most one unit"),
				problems("p.csv", pairings, "unit,community\nU-01,C-1\nU-02,C-1\n", store));
	}

	@Test
	void donationsCreateUnknownDonorsAndCheckKnownOnes() {
		MemoryStore store = new MemoryStore();
		RecordKind donations = kind("donations");
		String text = """
				date,donor,donor_kind,cash_yuan,item,quantity,unit
				2020-01-29,某购物中心,company,0,口罩,10000,只
				2020-02-05,某焦化公司,company,500000,,,
				2020-02-05,某焦化公司,company,0,防护服,100,套
				""";
		assertEquals(new RecordKind.ImportCounts(3, 0, 0), donations.importFile(CsvFile.of("d.csv", text), store));
		assertEquals(2, store.count(org.cordon.model.materials.Donor.class));
		assertEquals(List.of("d.csv:2: donor_kind: \"individual\" does not match \"某焦化公司\", who is recorded as company",
				"d.csv:3: cash_yuan: \"1.234\" has more than 2 decimal places", "d.csv:4: unit: item, quantity and unit go together: give all three or none"),
				problems("d.csv", donations, """
						date,donor,donor_kind,cash_yuan,item,quantity,unit
						2020-02-06,某焦化公司,individual,1,,,
						2020-02-06,张三,individual,1.234,,,
						2020-02-06,李四,individual,0,口罩,5,
						""", store));
		assertEquals(3, store.count(org.cordon.model.materials.Donation.class));
	}

	/** A store with 10000 masks received on 29 Jan and a unit to issue them to. */
	private static MemoryStore storeWithMasks() {
		var masks = new org.cordon.model.materials.MaterialItem();
		masks.setCode("M-01");
		masks.setName("口罩");
		masks.setUnit("只");
		var unit = new org.cordon.model.organisation.CountyUnit();
		unit.setCode("U-01");
		unit.setName("县卫健局");
		MemoryStore store = MemoryStore.with(masks, unit);
		kind("stock-receipts").importFile(CsvFile.of("in.csv", "code,date,item,quantity,source\nSR-1,2020-01-29,M-01,10000,捐赠\n"), store);
		return store;
	}

	@Test
	void anIssueMayNotTakeMoreThanIsOnHand() {
		String issues = """
				code,date,item,quantity,recipient_unit,recipient_township
				SI-1,2020-01-30,M-01,6000,U-01,
				SI-2,2020-01-31,M-01,5000,U-01,
				""";
		assertEquals(List.of("out.csv:3: quantity: issue SI-2 of 5000 口罩 (只) on 2020-01-31 is more than the 4000 on hand"),
				problems("out.csv", kind("stock-issues"), issues, storeWithMasks()));
		assertEquals(new RecordKind.ImportCounts(1, 0, 0), kind("stock-issues").importFile(CsvFile.of("out.csv", """
				code,date,item,quantity,recipient_unit,recipient_township
				SI-1,2020-01-30,M-01,6000,U-01,
				"""), storeWithMasks()));
	}
}
