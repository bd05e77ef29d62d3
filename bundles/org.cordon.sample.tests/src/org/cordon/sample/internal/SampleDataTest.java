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

	@Test
	void theSampleHasAFileForEveryKind() {
		assertEquals(OsgiServices.await(TransferService.class).kinds(), OsgiServices.await(SampleData.class).kinds());
	}
}
