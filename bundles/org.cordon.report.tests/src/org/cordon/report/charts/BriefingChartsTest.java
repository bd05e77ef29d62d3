package org.cordon.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cordon.model.organisation.Pairing;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.report.Briefing;
import org.cordon.report.BriefingImage;
import org.cordon.report.BriefingList;
import org.cordon.report.BriefingSection;
import org.cordon.report.BriefingService;
import org.cordon.report.HtmlBriefingWriter;
import org.cordon.report.PdfBriefingWriter;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The charts' series and pictures, and the pairing section, on the sample data. Figures counted from the sample CSVs
 * with a script: checkpoint-counts.csv has 19 days, 26 Jan to 13 Feb, summing to the domain's 31,000 vehicles and
 * 64,000 persons; quarantines.csv has 5 centralised and 27 at home in force on 26 Jan, 20 centralised from 28 Jan to
 * 9 Feb, none from 12 Feb, and 45 at home on 13 Feb; stock on 13 Feb (receipts minus issues): 2448 masks (MI-01), 113
 * barrels of 84 disinfectant (MI-04), 103 pairs of gloves (MI-10), 72 in all of the other seven items; pairings.csv
 * pairs all 117 communities, and only 住建局 (U-02) answers for more than four (five).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefingChartsTest {

	private static final LocalDate JAN_26 = LocalDate.of(2020, 1, 26);
	private static final LocalDate FEB_13 = LocalDate.of(2020, 2, 13);

	@TempDir
	static Path temp;

	private static CordonDatabase database;
	private static BriefingChartService charts;
	private static BriefingService briefings;

	@BeforeAll
	static void sampleDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")).populatedWhenNew());
		charts = OsgiServices.await(BriefingChartService.class);
		briefings = OsgiServices.await(BriefingService.class);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void theDailyChecksRunFromTheFirstCountToTheDayAndSumToTheCumulativeFigures() {
		DailyChartData checks = charts.charts(FEB_13).checks();
		assertEquals(JAN_26, checks.days().get(0));
		assertEquals(FEB_13, checks.days().get(checks.days().size() - 1));
		assertEquals(19, checks.days().size());
		assertEquals(31000, checks.series().get(0).sum(), "vehicles");
		assertEquals(64000, checks.series().get(1).sum(), "persons");
		assertTrue(checks.series().get(0).values().stream().distinct().count() > 1, "the days differ: " + checks.series().get(0));
	}

	@Test
	void aChartOfAnEarlierDayEndsOnThatDay() {
		DailyChartData checks = charts.charts(LocalDate.of(2020, 2, 1)).checks();
		assertEquals(7, checks.days().size());
		DailyChartData all = charts.charts(FEB_13).checks();
		assertEquals(all.series().get(0).values().subList(0, 7), checks.series().get(0).values());
	}

	@Test
	void theQuarantineSeriesCountThoseInForceEachDay() {
		DailyChartData quarantines = charts.charts(FEB_13).quarantines();
		assertEquals(JAN_26, quarantines.days().get(0));
		List<Long> centralised = quarantines.series().get(0).values();
		List<Long> home = quarantines.series().get(1).values();
		assertEquals(5L, centralised.get(0));
		assertEquals(27L, home.get(0));
		assertEquals(20L, centralised.stream().mapToLong(Long::longValue).max().orElseThrow());
		assertEquals(0L, centralised.get(centralised.size() - 1));
		assertEquals(45L, home.get(home.size() - 1));
	}

	@Test
	void theStockIsWhatWasReceivedLessWhatWasIssuedUpToTheDay() {
		CategoryChartData stock = charts.charts(FEB_13).stock();
		assertEquals(10, stock.categories().size());
		List<Long> onHand = stock.series().get(0).values();
		assertEquals(2448L, onHand.get(0));
		assertTrue(stock.categories().get(0).startsWith("口罩"), stock.categories().toString());
		assertEquals(113L, onHand.get(3));
		assertEquals(103L, onHand.get(9));
		assertEquals(2448 + 113 + 103 + 72, stock.series().get(0).sum());
	}

	@Test
	void aDayBeforeAnyDataHasEmptyCharts() {
		BriefingCharts before = charts.charts(LocalDate.of(2019, 12, 1));
		assertTrue(before.checks().isEmpty());
		assertTrue(before.quarantines().isEmpty());
		assertEquals(0, before.stock().series().get(0).sum());
		assertEquals(3, BriefingChartImages.images(before).size(), "empty charts still draw, saying there is no data");
	}

	@Test
	void theLatestDayIsTheLastCountDay() {
		assertEquals(FEB_13, charts.latestDay().orElseThrow());
	}

	@Test
	void theChartsArePngsOfTheirStatedSize() throws IOException {
		List<BriefingImage> images = briefings.briefing(FEB_13).charts();
		assertEquals(3, images.size());
		for (BriefingImage image : images) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
			assertNotNull(decoded, image.caption() + " is a PNG");
			assertEquals(BriefingChartImages.WIDTH * BriefingChartImages.PIXELS_PER_POINT, decoded.getWidth());
			assertEquals(BriefingChartImages.HEIGHT * BriefingChartImages.PIXELS_PER_POINT, decoded.getHeight());
			assertEquals(image.width(), decoded.getWidth());
			assertTrue(colours(decoded) > 20, image.caption() + " has a drawing on it");
		}
	}

	@Test
	void thePdfOfFebruary13HoldsTheChartsAndTheDiagramAsImagesAndTheHtmlEmbedsThem() throws IOException {
		Briefing briefing = briefings.briefing(FEB_13);
		int pictures = briefing.charts().size() + section(briefing, "pairing").images().size();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfBriefingWriter.write(briefing, pdf);
		assertEquals(pictures, images(pdf.toByteArray()), "one image per chart and diagram slice");
		StringWriter html = new StringWriter();
		HtmlBriefingWriter.write(briefing, html);
		assertEquals(pictures, html.toString().split("src=\"data:image/png;base64,", -1).length - 1);
		// Kept for a look at the pages (pdftoppm -png -r 60 briefing-2020-02-13.pdf page), see docs/briefing.md.
		Path kept = Path.of("target", "briefing");
		Files.createDirectories(kept);
		Files.write(kept.resolve("briefing-2020-02-13.pdf"), pdf.toByteArray());
		Files.writeString(kept.resolve("briefing-2020-02-13.html"), html.toString());
	}

	@Test
	void thePairingSectionListsTheGapsOfTheSample() throws IOException {
		Briefing briefing = briefings.briefing(FEB_13);
		BriefingSection pairing = section(briefing, "pairing");
		List<String> ids = briefing.sections().stream().map(BriefingSection::id).toList();
		assertEquals(ids.indexOf("community") + 1, ids.indexOf("pairing"), "after the community group: " + ids);
		assertEquals(List.of(), list(pairing, "未包联社区").items());
		List<String> overloaded = list(pairing, "负担过重单位").items();
		assertEquals(1, overloaded.size(), overloaded.toString());
		assertTrue(overloaded.get(0).contains("住建局") && overloaded.get(0).contains("5"), overloaded.toString());
		// The sample's diagram is about square, so at the page's width it fits on one page and is printed under the township chart.
		assertEquals(2, pairing.images().size(), "the township chart and the whole diagram on one page");
		assertEquals("包联关系图 Pairing diagram", pairing.images().get(1).caption());
		assertTrue(pairing.notes().stream().anyMatch(n -> n.contains("In the diagram, red")), pairing.notes().toString());
		String text = pdfText(briefing);
		assertTrue(text.contains("未包联社区 Communities no unit answers for (0)"), text);
		assertTrue(text.contains("住建局"), text);
	}

	/** Runs last: it changes the database. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aCommunityUnpairedShowsInTheBriefingsGapList() throws IOException {
		RecordService records = OsgiServices.await(RecordService.class);
		Pairing pairing = records.all(Pairing.class).stream().filter(p -> p.getCommunity().getCode().equals("C-001")).findFirst()
				.orElseThrow();
		String community = pairing.getCommunity().getName();
		records.deleteAll(List.of(pairing));
		Briefing briefing = briefings.briefing(FEB_13);
		List<String> unpaired = list(section(briefing, "pairing"), "未包联社区").items();
		assertEquals(1, unpaired.size(), unpaired.toString());
		assertTrue(unpaired.get(0).contains(community) && unpaired.get(0).contains("C-001"), unpaired.toString());
		assertTrue(pdfText(briefing).contains(community + "（C-001）"));
	}

	private static BriefingSection section(Briefing briefing, String id) {
		return briefing.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
	}

	private static BriefingList list(BriefingSection section, String titleStart) {
		return section.lists().stream().filter(l -> l.title().startsWith(titleStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no list " + titleStart + " in " + section.lists()));
	}

	private static long colours(BufferedImage image) {
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				seen.add(image.getRGB(x, y));
			}
		}
		return seen.size();
	}

	/** The image XObjects on the PDF's pages. */
	private static int images(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			int images = 0;
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
				PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
				if (objects == null) {
					continue;
				}
				for (PdfName name : objects.getKeys()) {
					PdfObject object = PdfReader.getPdfObject(objects.get(name));
					if (object instanceof PdfStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
						images++;
					}
				}
			}
			return images;
		} finally {
			reader.close();
		}
	}

	private static String pdfText(Briefing briefing) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfBriefingWriter.write(briefing, out);
		PdfReader reader = new PdfReader(out.toByteArray());
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return String.join("\n", pages);
		} finally {
			reader.close();
		}
	}
}
