package org.cordon.sample.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.file.ImportCancelledException;
import org.cordon.io.file.ImportProgress;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.transfer.KindLabels;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.sample.SampleData;
import org.cordon.services.summary.CountySummaryService;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

	/** The figures of shared/docs/domain.md, "Figures to reproduce". */
	private static final Map<String, String> LIN_COUNTY = new LinkedHashMap<>();

	static {
		LIN_COUNTY.put("townships", "23");
		LIN_COUNTY.put("communities", "117");
		LIN_COUNTY.put("units", "43");
		LIN_COUNTY.put("unpaired_communities", "0");
		LIN_COUNTY.put("schools", "142");
		LIN_COUNTY.put("schools_with_disinfectant", "88");
		LIN_COUNTY.put("disinfectant_litres", "1560");
		LIN_COUNTY.put("online_schools", "94");
		LIN_COUNTY.put("online_classes", "1300");
		LIN_COUNTY.put("online_teachers", "3800");
		LIN_COUNTY.put("vehicles_checked", "31000");
		LIN_COUNTY.put("persons_checked", "64000");
		LIN_COUNTY.put("fever_found", "0");
		LIN_COUNTY.put("funds_yuan", "11630000.00");
		LIN_COUNTY.put("donors_companies", "39");
		LIN_COUNTY.put("donors_individuals", "27");
		LIN_COUNTY.put("donations_cash_yuan", "3704738.00");
		LIN_COUNTY.put("masks_donated", "67000");
		LIN_COUNTY.put("volunteers", "50");
		LIN_COUNTY.put("handbooks", "40000");
		LIN_COUNTY.put("family_guides", "70000");
		LIN_COUNTY.put("open_letters", "250000");
		LIN_COUNTY.put("usb_drives", "650");
		LIN_COUNTY.put("publicity_vehicles", "5");
		LIN_COUNTY.put("alcohol_disinfectant_boxes", "172");
		LIN_COUNTY.put("medical_alcohol_barrels", "450");
		LIN_COUNTY.put("disinfectant_84_barrels", "1027");
		LIN_COUNTY.put("hypochlorous_boxes", "13");
		LIN_COUNTY.put("milk_boxes", "720");
		LIN_COUNTY.put("protective_suits", "100");
		LIN_COUNTY.put("video_meetings", "7");
	}

	@TempDir
	Path temp;

	private CordonDatabase database;

	@BeforeEach
	void services() {
		database = OsgiServices.await(CordonDatabase.class);
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void aNewDatabaseGetsTheSampleAndItsSummaryIsEveryFigureOfTheReport() {
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
		Map<String, String> figures = OsgiServices.await(CountySummaryService.class).figures();
		Map<String, String> reproduced = new LinkedHashMap<>();
		LIN_COUNTY.keySet().forEach(key -> reproduced.put(key, figures.get(key)));
		assertEquals(LIN_COUNTY, reproduced);
		assertTrue(Integer.parseInt(figures.get("documents")) >= 10, "10+ documents and notices: " + figures.get("documents"));
	}

	@Test
	void anEmptyDatabaseStaysEmpty() {
		database.open(DatabaseSettings.embedded(temp.resolve("empty")));
		assertEquals("0", OsgiServices.await(CountySummaryService.class).figures().get("townships"));
	}

	@Test
	void loadingTheLedgerTwiceIsRefused() {
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> OsgiServices.await(SampleData.class).load());
		assertTrue(e.getMessage().contains("already holds donations"), e.getMessage());
	}

	@Test
	void exportImportIntoAnEmptyDatabaseExportIsByteIdenticalForEveryKind() throws Exception {
		TransferService transfer = OsgiServices.await(TransferService.class);
		database.open(DatabaseSettings.embedded(temp.resolve("first")).populatedWhenNew());
		Path first = Files.createDirectories(temp.resolve("export-1"));
		for (String kind : transfer.kinds()) {
			transfer.exportFile(kind, first.resolve(kind + ".csv"));
		}
		database.open(DatabaseSettings.embedded(temp.resolve("second")));
		List<KindFile> files = new ArrayList<>();
		for (String kind : transfer.kinds()) {
			files.add(new KindFile(kind, CsvFile.read(first.resolve(kind + ".csv"))));
		}
		transfer.importAll(files);
		Path second = Files.createDirectories(temp.resolve("export-2"));
		for (String kind : transfer.kinds()) {
			transfer.exportFile(kind, second.resolve(kind + ".csv"));
			assertEquals(Files.readString(first.resolve(kind + ".csv")), Files.readString(second.resolve(kind + ".csv")), kind);
			// The report found no fever at any checkpoint, so no count opened a fever follow-up case.
			if (!kind.equals("fever-cases")) {
				assertTrue(Files.readAllLines(first.resolve(kind + ".csv")).size() > 1, kind + " has rows in the sample");
			}
		}
	}

	/**
	 * Every kind through a workbook: export .xlsx (with titles and names unlike the CSV's, so that
	 * the hidden CSV names and the drop-down lists carry the import), import into an empty
	 * database, and the CSV export of that is the CSV export of the first, byte for byte.
	 */
	@Test
	void xlsxExportImportIntoAnEmptyDatabaseGivesTheSameCsvForEveryKind() throws Exception {
		TransferService transfer = OsgiServices.await(TransferService.class);
		KindLabels desk = new KindLabels() {
			@Override
			public String columnLabel(String kindName, String columnName) {
				return "列 " + columnName;
			}

			@Override
			public String choiceLabel(Enum<?> value) {
				return "选 " + value.name();
			}

			@Override
			public String booleanLabel(boolean value) {
				return value ? "是" : "否";
			}
		};
		database.open(DatabaseSettings.embedded(temp.resolve("first")).populatedWhenNew());
		Path csv = Files.createDirectories(temp.resolve("csv-1"));
		Path xlsx = Files.createDirectories(temp.resolve("xlsx"));
		for (String kind : transfer.kinds()) {
			transfer.exportFile(kind, csv.resolve(kind + ".csv"));
			assertEquals(transfer.count(kind), transfer.exportFile(kind, xlsx.resolve(kind + ".xlsx"), desk), kind);
		}
		database.open(DatabaseSettings.embedded(temp.resolve("second")));
		List<KindFile> files = new ArrayList<>();
		for (String kind : transfer.kinds()) {
			files.add(new KindFile(kind, RecordFiles.read(xlsx.resolve(kind + ".xlsx"))));
		}
		transfer.importAll(files);
		Path again = Files.createDirectories(temp.resolve("csv-2"));
		for (String kind : transfer.kinds()) {
			transfer.exportFile(kind, again.resolve(kind + ".csv"));
			assertEquals(Files.readString(csv.resolve(kind + ".csv")), Files.readString(again.resolve(kind + ".csv")), kind);
		}
	}

	@Test
	void aPreviewCountsWhatAnImportWouldDoAndWritesNothing() throws Exception {
		TransferService transfer = OsgiServices.await(TransferService.class);
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
		Path townships = temp.resolve("townships.csv");
		transfer.exportFile("townships", townships);
		String text = Files.readString(townships);
		Files.writeString(townships, text + "T-NEW,新乡,township,99\n");
		Path bad = Files.writeString(temp.resolve("communities.csv"), "code,name,township,households\nC-NEW,新区,NO-SUCH,10\n");
		long before = transfer.count("townships");

		TransferService.ImportPreview preview = transfer.preview(List.of(new KindFile("townships", RecordFiles.read(townships)),
				new KindFile("communities", RecordFiles.read(bad))), ImportProgress.NONE);

		assertEquals(new ImportCounts(1, 23, 0), preview.files().get(0).counts());
		assertEquals(List.of("communities.csv:2: township: there is no township with the code \"NO-SUCH\""),
				preview.files().get(1).problems().stream().map(Object::toString).toList());
		assertEquals(before, transfer.count("townships"), "a preview writes nothing");
	}

	@Test
	void aCancelledImportWritesNothing() throws Exception {
		TransferService transfer = OsgiServices.await(TransferService.class);
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
		Path townships = temp.resolve("townships.xlsx");
		transfer.exportFile("townships", townships);
		long before = transfer.count("townships");
		ImportProgress cancelledAtTheTenthRow = new ImportProgress() {
			private int rows;

			@Override
			public void rowRead(String file, long line) {
				rows++;
			}

			@Override
			public boolean isCanceled() {
				return rows >= 10;
			}
		};
		List<KindFile> files = List.of(new KindFile("townships", RecordFiles.read(townships)));
		assertThrows(ImportCancelledException.class, () -> transfer.importAll(files, cancelledAtTheTenthRow));
		assertEquals(before, transfer.count("townships"));
	}

	@Test
	void theSampleHasAFileForEveryKind() {
		assertEquals(OsgiServices.await(TransferService.class).kinds(), OsgiServices.await(SampleData.class).kinds());
	}
}
