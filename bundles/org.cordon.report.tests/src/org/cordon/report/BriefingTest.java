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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The briefing on the sample data. The figures are the domain's (docs/domain.md: 31,000 vehicles and 64,000 persons
 * checked to 13 Feb, no fever) and the sample's daily-reports.csv (on 3 Feb T-10 and T-13 are missing, T-05 reported
 * four returnees).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
	void theInstalledGroupsContributeTheirSectionsInOrder() {
		Briefing briefing = service.briefing(FEB_13);
		assertEquals(List.of("office", "checkpoints", "screening", "community", "pairing", "medical", "materials", "funds", "publicity", "schools",
				"supervision"), briefing.sections().stream().map(BriefingSection::id).toList());
		BriefingSection funds = section(briefing, "funds");
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

	private static BriefingSection section(Briefing briefing, String id) {
		return briefing.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
				"no section " + id + " in " + briefing.sections().stream().map(BriefingSection::id).toList()));
	}

	/** The figure whose label starts so: the day's figure (or "-") and the cumulative one. */
	private static String figure(BriefingSection section, String labelStart) {
		BriefingFigure figure = section.figures().stream().filter(f -> f.label().startsWith(labelStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no figure " + labelStart + " in " + section.figures()));
		return (figure.day() == null ? "-" : figure.day()) + " " + figure.cumulative();
	}

	/*
	 * The figures of the five sections below were counted from the sample CSVs with a script (rows dated up to and
	 * including 13 Feb): key-persons.csv 90 arrived (72 migrant workers, 12 students, 6 others), none on the day;
	 * quarantines.csv 20 centralised (none in force), 90 at home (45 in force); temperature-reports.csv 99 of the
	 * 20 persons x 5 confirmations on the day; fever-cases.csv none; meetings.csv 13 (5 leading group, 1 push, 7 video)
	 * and documents.csv 11, none on the day; communities.csv 117, all paired in pairings.csv, 13 building leaders,
	 * 50 students and migrant workers living in a community; fever-clinics.csv 6, all open 24 h; medical-teams.csv 1
	 * team of 3 members, departed 9 Feb; inspections.csv 7, none on the day; findings.csv 9, of which 4 not rectified
	 * (RC-06, RC-07 in progress due 14 Feb; RC-08, RC-09 open due 15 Feb), none overdue.
	 */
	@Test
	void theScreeningSectionHoldsTheSamplesKeyPersonsQuarantinesAndTeams() {
		BriefingSection screening = section(service.briefing(FEB_13), "screening");
		assertEquals("0 90", figure(screening, "重点人员 Key persons found"));
		assertEquals("0 72", figure(screening, "重点人员 Key persons: 返乡务工人员"));
		assertEquals("0 12", figure(screening, "重点人员 Key persons: 返乡学生"));
		assertEquals("0 6", figure(screening, "重点人员 Key persons: 其他"));
		assertEquals("0 20", figure(screening, "集中隔离"));
		assertEquals("45 90", figure(screening, "居家隔离"));
		assertEquals("- 19", figure(screening, "五包一 全部确认"));
		assertEquals("- 1", figure(screening, "五包一 未全部确认"));
		assertEquals("- 1", figure(screening, "五包一 缺少确认"));
		assertEquals(20, screening.figures().stream().filter(f -> f.label().startsWith("五包一 Team of")).count());
		assertEquals("0 0", figure(screening, "发热人员跟进 Fever cases: 待跟进"));
	}

	@Test
	void theOfficeCommunityMedicalAndSupervisionSectionsHoldTheSamplesFigures() {
		Briefing briefing = service.briefing(FEB_13);
		BriefingSection office = section(briefing, "office");
		assertEquals("0 13", figure(office, "会议 Meetings"));
		assertEquals("0 5", figure(office, "会议 Meetings: 领导小组"));
		assertEquals("0 7", figure(office, "会议 Meetings: 视频"));
		assertEquals("0 11", figure(office, "文件通知"));
		BriefingSection community = section(briefing, "community");
		assertEquals("- 117", figure(community, "封闭管理小区"));
		assertEquals("- 117", figure(community, "已包联"));
		assertEquals("- 0", figure(community, "未包联"));
		assertEquals("- 13", figure(community, "楼长"));
		assertEquals("0 50", figure(community, "小区返乡人员"));
		BriefingSection medical = section(briefing, "medical");
		assertEquals("- 6", figure(medical, "发热门诊"));
		assertEquals("- 6", figure(medical, "24小时开诊"));
		assertEquals("0 1", figure(medical, "派出医疗队"));
		assertEquals("0 3", figure(medical, "医疗队队员"));
		assertEquals("0 0", figure(section(service.briefing(LocalDate.of(2020, 2, 8)), "medical"), "派出医疗队"),
				"the team left on 9 Feb");
		assertEquals("1 1", figure(section(service.briefing(LocalDate.of(2020, 2, 9)), "medical"), "派出医疗队"));
		BriefingSection supervision = section(briefing, "supervision");
		assertEquals("0 7", figure(supervision, "督查 Inspections"));
		assertEquals("- 9", figure(supervision, "发现问题"));
		assertEquals("- 4", figure(supervision, "未整改完成"));
		assertEquals("- 0", figure(supervision, "逾期"));
		assertEquals("- 2", figure(section(service.briefing(LocalDate.of(2020, 2, 15)), "supervision"), "逾期"),
				"RC-06 and RC-07 were due on 14 Feb");
		assertEquals("- 2020-02-15", figure(supervision, "FND-08"));
		assertEquals("- 2020-02-14 逾期 OVERDUE", figure(section(service.briefing(LocalDate.of(2020, 2, 15)), "supervision"), "FND-06"));
	}

	@Test
	void theNewSectionsFiguresAreInTheHtmlAndThePdf() throws IOException {
		Briefing briefing = service.briefing(FEB_13);
		String text = pdfText(pdf(briefing)).replaceAll("\\s+", "");
		String html = html(briefing).replaceAll("\\s+", "");
		for (String expected : List.of("排查管控Screening", "重点人员Keypersonsfound090", "居家隔离Homequarantine（当日在隔离／累计）(inforce/started)4590",
				"指挥部办公室Office", "会议Meetings013", "文件通知Documentsandnotices011", "社区防控Community",
				"封闭管理小区Communitiesunderclosedmanagement117", "楼长Buildingleaders13", "医疗救治Medical", "发热门诊Feverclinics6",
				"派出医疗队Medicalteamssent01", "督查问责Supervision", "督查Inspections07", "未整改完成Findingsopen4", "整改中inprogress·限期due2020-02-14")) {
			assertTrue(text.contains(expected), expected + " in the PDF: " + text);
		}
		assertTrue(html.contains(escape("封闭管理小区 Communities under closed management").replaceAll("\\s+", "")), html);
		assertTrue(html.contains("<tdclass=\"number\">117</td>"), html);
		assertTrue(html.contains("2020-02-15"), "a due date in the HTML");
	}

	/** Runs last: it uninstalls a group bundle, as an installation without that group. */
	@Test
	@Order(Integer.MAX_VALUE)
	void theSectionOfAGroupNotInstalledIsAbsent() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(BriefingService.class).getBundleContext();
		Bundle medical = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("org.cordon.group.medical"))
				.findFirst().orElseThrow();
		medical.uninstall();
		CountDownLatch refreshed = new CountDownLatch(1);
		context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(medical), event -> refreshed.countDown());
		assertTrue(refreshed.await(30, TimeUnit.SECONDS), "the framework refreshed");
		List<String> ids = service.briefing(FEB_13).sections().stream().map(BriefingSection::id).toList();
		assertFalse(ids.contains("medical"), ids.toString());
		assertTrue(ids.contains("supervision"), ids.toString());
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
