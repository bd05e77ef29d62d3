package org.cordon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The briefing on the sample data. The figures are the domain's (docs/domain.md: 31,000 vehicles and 64,000 persons
 * checked to 13 Feb, no fever) and the sample's daily-reports.csv (on 3 Feb T-10 and T-13 are missing, T-05 reported
 * four returnees).
 */
class BriefingTest {

	private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);
	private static final LocalDate FEB_13 = LocalDate.of(2020, 2, 13);

	@TempDir
	static Path temp;

	private static CordonDatabase database;
	private static BriefingService service;

	@BeforeAll
	static void sampleDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")).populatedWhenNew());
		service = OsgiServices.await(BriefingService.class);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	private static String html(Briefing briefing) {
		StringWriter out = new StringWriter();
		HtmlBriefingWriter.write(briefing, out);
		return out.toString();
	}

	private static byte[] pdf(Briefing briefing) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfBriefingWriter.write(briefing, out);
		return out.toByteArray();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		} finally {
			reader.close();
		}
	}

	private static BriefingFigure headline(Briefing briefing, String labelStart) {
		return briefing.headline().stream().filter(f -> f.label().startsWith(labelStart)).findFirst().orElseThrow();
	}

	@Test
	void theBriefingOfFebruary13HoldsTheDomainsCumulativeCheckpointFigures() {
		Briefing briefing = service.briefing(FEB_13);
		assertTrue(briefing.hasData());
		assertEquals("31000", headline(briefing, "车辆").cumulative());
		assertEquals("64000", headline(briefing, "人员").cumulative());
		assertEquals("0", headline(briefing, "发热").cumulative());
		assertTrue(briefing.summary().contains("累计检查车辆31000辆、人员64000人，发现发热人员0人"), briefing.summary());
		String html = html(briefing);
		assertTrue(html.contains("<td class=\"number\">31000</td>"), html);
		assertTrue(html.contains("<td class=\"number\">64000</td>"), html);
	}

	@Test
	void thePdfsTextHoldsTheFiguresAndTheChineseTitle() throws IOException {
		Briefing briefing = service.briefing(FEB_13);
		byte[] pdf = pdf(briefing);
		String text = pdfText(pdf);
		assertTrue(text.contains("31000"), text);
		assertTrue(text.contains("64000"), text);
		assertTrue(text.contains("疫情防控工作日报"), text);
		assertTrue(text.contains("累计检查车辆31000辆"), text);
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertTrue(raw.contains("/FontFile2"), "the CJK font is embedded");
		assertTrue(raw.contains("WenQuanYi") || raw.contains("WenQuanYiMicroHei"), "the embedded font is WenQuanYi");
	}

	@Test
	void aMissingReportShowsAsMissingAndAZeroReportAsZero() throws IOException {
		Briefing briefing = service.briefing(FEB_3);
		ZeroReportLedger ledger = briefing.ledger();
		assertEquals(23, ledger.townships());
		assertEquals(2, ledger.missing().size(), ledger.missing().toString());
		assertTrue(ledger.reported().size() >= 1, ledger.reported().toString());
		assertEquals(23 - 2 - ledger.reported().size(), ledger.zero().size());
		String text = pdfText(pdf(briefing));
		assertTrue(text.contains("未报告 Missing (2)"), text);
		assertTrue(text.contains(String.join("、", ledger.missing())), text);
		assertTrue(text.contains("零报告 Reported zero (" + ledger.zero().size() + ")"), text);
		assertTrue(html(briefing).contains(escape(String.join("、", ledger.missing()))));
	}

	@Test
	void aDayWithoutDataGivesABriefingThatSaysSo() throws IOException {
		LocalDate later = LocalDate.of(2020, 3, 1);
		Briefing briefing = service.briefing(later);
		assertFalse(briefing.hasData());
		assertEquals("0", headline(briefing, "车辆").day());
		assertEquals("31000", headline(briefing, "车辆").cumulative(), "the days before still count");
		assertEquals(23, briefing.ledger().missing().size());
		assertTrue(pdfText(pdf(briefing)).contains("Nothing was recorded for 2020-03-01"));
		assertTrue(html(briefing).contains("<p class=\"nodata\">"));
	}

	@Test
	void theInstalledGroupsContributeTheirSectionsInOrderAndTheOthersAreAbsent() {
		Briefing briefing = service.briefing(FEB_13);
		assertEquals(List.of("checkpoints", "materials", "funds", "publicity", "schools"),
				briefing.sections().stream().map(BriefingSection::id).toList());
		BriefingSection funds = briefing.sections().get(2);
		assertEquals("下拨经费（元） Allocated (yuan)", funds.figures().get(0).label());
		assertEquals("11630000", funds.figures().get(0).cumulative().replaceAll("\\.0+$", ""));
	}

	@Test
	void theSchoolsAndPublicitySectionsCarryTheDomainsFiguresIntoThePdf() throws IOException {
		// The extractor runs a table row's cells together (and the text of a page in content-stream order), so
		// label and figure are compared without white space.
		String text = pdfText(pdf(service.briefing(FEB_13))).replaceAll("\\s+", "");
		assertTrue(text.contains("学校防控Schools"), text);
		assertTrue(text.contains("学校Schools142"), text);
		assertTrue(text.contains("消毒液（升）Disinfectant(litres)1560"), text);
		assertTrue(text.contains("网上教学教师Teachersonline3800"), text);
		assertTrue(text.contains("防控手册Handbooks40000"), text);
		assertTrue(text.contains("公开信Openletters250000"), text);
	}

	@Test
	void htmlEscapesWhatItIsGiven() {
		Briefing briefing = new Briefing(FEB_3, "<script>alert('x')</script>", "a & b", true, List.of(),
				new ZeroReportLedger(FEB_3, List.of("\"T\""), List.of(), List.of()), List.of());
		String html = html(briefing);
		assertFalse(html.contains("<script>"), html);
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
		assertTrue(html.contains("a &amp; b"), html);
		assertTrue(html.contains("&quot;T&quot;"), html);
	}

	private static String escape(String text) {
		return HtmlBriefingWriter.escape(text);
	}
}
