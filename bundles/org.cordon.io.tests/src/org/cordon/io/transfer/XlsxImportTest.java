package org.cordon.io.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.xlsx.XlsxFile;
import org.cordon.io.xlsx.XlsxOutput;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.KeyPersonCategory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks into record kinds: the template, a sheet under the CSV header, cells as Excel stores them, and the hostile ones. */
class XlsxImportTest {

	/** Labels as a Chinese desk shows them, so that titles and names differ from the CSV's words. */
	private static final KindLabels DESK = new KindLabels() {
		@Override
		public String kindLabel(String kindName) {
			return "类型 " + kindName;
		}

		@Override
		public String columnLabel(String kindName, String columnName) {
			return "列 " + columnName;
		}

		@Override
		public String choiceLabel(Enum<?> value) {
			return "选项 " + Cells.word(value);
		}

		@Override
		public String booleanLabel(boolean value) {
			return value ? "是" : "否";
		}
	};

	@TempDir
	Path temp;

	private static RecordKind kind(String name) {
		return RecordKinds.named(name).orElseThrow();
	}

	private static MemoryStore county() {
		Township town = new Township();
		town.setCode("T-01");
		town.setName("临泉镇");
		town.setKind(TownshipKind.TOWN);
		Township other = new Township();
		other.setCode("T-02");
		other.setName("城庄镇");
		other.setKind(TownshipKind.TOWN);
		// two communities of one name: the list must still tell them apart
		Community first = community("C-01", "东关社区", town);
		Community second = community("C-02", "东关社区", other);
		return MemoryStore.with(town, other, first, second);
	}

	private static Community community(String code, String name, Township township) {
		Community community = new Community();
		community.setCode(code);
		community.setName(name);
		community.setTownship(township);
		return community;
	}

	private static List<String> problems(RecordKind kind, Path file, RecordStore store) {
		CsvImportException e = assertThrows(CsvImportException.class, () -> kind.importFile(RecordFiles.read(file), store));
		return e.problems().stream().map(CsvProblem::toString).toList();
	}

	@Test
	void aTemplateFilledInAsExcelStoresItImportsWithTheCodesOfTheNamesPicked() throws Exception {
		MemoryStore store = county();
		RecordKind keyPersons = kind("key-persons");
		Path template = temp.resolve("key-persons.xlsx");
		try (XlsxOutput output = XlsxOutput.create(template, SheetLayouts.of(keyPersons, store, DESK))) {
			output.complete();
		}
		// What Excel writes when a clerk picks from the drop-downs and types a date and a phone number:
		// names as shared or inline strings, the date as a serial number in the column's date style,
		// a number typed with a space after it.
		int dateStyle = columnStyle(template, 6);
		Path filled = fillIn(template, "<row r=\"3\">" + inline("A3", "KP-001 ") + inline("B3", "王 芳") + inline("C3", "选项 close_contact")
				+ inline("D3", "武汉") + inline("E3", "城庄镇") + inline("F3", "东关社区 (C-02)") + "<c r=\"G3\" s=\"" + dateStyle + "\"><v>43861</v></c>"
				+ "<c r=\"H3\"><v>13900001111</v></c></row>"
				+ "<row r=\"4\">" + inline("A4", "KP-002") + inline("B4", "李明") + inline("C4", "student") + inline("D4", "太原")
				+ inline("E4", "T-01") + "</row>");

		RecordKind.ImportCounts counts = keyPersons.importFile(RecordFiles.read(filled), store);

		assertEquals(2, counts.created());
		KeyPerson first = store.byCode(KeyPerson.class).get("KP-001");
		assertEquals("王 芳", first.getName());
		assertEquals(KeyPersonCategory.CLOSE_CONTACT, first.getCategory());
		assertEquals("T-02", first.getTownship().getCode());
		assertEquals("C-02", first.getCommunity().getCode());
		assertEquals(LocalDate.of(2020, 1, 31), first.getArrived());
		assertEquals("13900001111", first.getPhone());
		KeyPerson second = store.byCode(KeyPerson.class).get("KP-002");
		assertEquals("T-01", second.getTownship().getCode(), "a code typed instead of a name is as good");
		assertEquals(KeyPersonCategory.STUDENT, second.getCategory());
	}

	@Test
	void theTemplateHasTitlesHiddenCsvNamesDropDownsAndDateColumns() throws Exception {
		Path template = temp.resolve("key-persons.xlsx");
		try (XlsxOutput output = XlsxOutput.create(template, SheetLayouts.of(kind("key-persons"), county(), DESK))) {
			output.complete();
		}
		String sheet = part(template, "xl/worksheets/sheet1.xml");
		String workbook = part(template, "xl/workbook.xml");
		String shared = partOrEmpty(template, "xl/sharedStrings.xml");
		assertTrue(sheet.matches("(?s).*<row r=\"2\"[^>]*hidden=\"(true|1)\".*"), "the CSV names' row is hidden: " + sheet);
		assertTrue((sheet + shared).contains("列 township") && (sheet + shared).contains("arrived"), "titles and CSV names are written: " + sheet + shared);
		assertTrue(sheet.contains("<dataValidation") && sheet.contains("cordon-lists"), "drop-downs read the hidden lists: " + sheet);
		assertTrue(workbook.matches("(?s).*name=\"cordon-lists\"[^>]*state=\"hidden\".*"), "the lists sheet is hidden: " + workbook);
		assertTrue(part(template, "xl/styles.xml").contains("yyyy-mm-dd"), "date columns are formatted as dates");
		String lists = part(template, "xl/worksheets/sheet2.xml") + shared;
		assertTrue(lists.contains("东关社区 (C-01)") && lists.contains("东关社区 (C-02)"), "two communities of one name are told apart");
	}

	@Test
	void aSheetUnderTheCsvHeaderTakesCellsAsExcelStoresThem() throws Exception {
		Path file = temp.resolve("checkpoints.xlsx");
		try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Excel", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("卡点");
			List<String> header = kind("checkpoints").header();
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
			}
			sheet.value(1, 0, "CP-01");
			sheet.value(1, 1, "  城南卡点 ");
			sheet.value(1, 2, "2"); // a number stored as text
			sheet.value(1, 3, "county_road ");
			sheet.value(1, 4, "T-01");
			sheet.value(1, 6, Boolean.TRUE);
			sheet.value(1, 7, "no");
			sheet.value(1, 8, "yes");
			sheet.value(2, 0, 7); // a code typed as a number
			sheet.value(2, 1, "北门");
			sheet.value(2, 2, 1.0);
			sheet.value(2, 3, "village");
			sheet.value(2, 6, Boolean.FALSE);
			sheet.value(2, 7, "no");
			sheet.value(2, 8, "no");
			workbook.finish();
		}
		MemoryStore store = county();

		kind("checkpoints").importFile(RecordFiles.read(file), store);

		Checkpoint south = store.byCode(Checkpoint.class).get("CP-01");
		assertEquals("城南卡点", south.getName());
		assertEquals(2, south.getLevel());
		assertEquals(CheckpointKind.COUNTY_ROAD, south.getKind());
		assertTrue(south.isOpen());
		Checkpoint north = store.byCode(Checkpoint.class).get("7");
		assertEquals(1, north.getLevel());
		assertFalse(north.isOpen());
	}

	@Test
	void excelDateFormatsAreToldFromNumberFormats() {
		assertTrue(XlsxFile.isDateFormat("yyyy/m/d"));
		assertTrue(XlsxFile.isDateFormat("yyyy\"年\"m\"月\"d\"日\""));
		assertTrue(XlsxFile.isDateFormat("[$-804]yyyy年m月d日"));
		assertTrue(XlsxFile.isDateFormat("d-mmm-yy"));
		assertFalse(XlsxFile.isDateFormat("0.00"));
		assertFalse(XlsxFile.isDateFormat("#,##0\" days\""));
		assertFalse(XlsxFile.isDateFormat("[Red]0.0"));
		assertFalse(XlsxFile.isDateFormat("h:mm"));
	}

	@Test
	void aTitleMergedAboveTheHeaderIsRefusedNotGuessed() throws Exception {
		Path file = HandMadeWorkbook.write(temp.resolve("townships.xlsx"),
				"<row r=\"1\">" + inline("A1", "临县乡镇名单（2020年2月）") + "</row>" + HandMadeWorkbook.textRow(2, "code", "name", "kind", "order")
						+ HandMadeWorkbook.textRow(3, "T-09", "安业乡", "township", "9"));
		MemoryStore store = new MemoryStore();
		List<String> problems = problems(kind("townships"), file, store);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("townships.xlsx:1: header: the sheet \"Sheet1\" begins with the title \"临县乡镇名单（2020年2月）\""), problems.get(0));
		assertEquals(0, store.count(Township.class));
	}

	@Test
	void rowProblemsNameTheSheetRowAsExcelNumbersIt() throws Exception {
		Path file = HandMadeWorkbook.write(temp.resolve("townships.xlsx"), HandMadeWorkbook.textRow(1, "code", "name", "kind", "order")
				+ HandMadeWorkbook.textRow(2, "T-01", "临泉镇", "town", "0") + HandMadeWorkbook.textRow(5, "T-02", "城庄镇", "city", "1"));
		MemoryStore store = new MemoryStore();
		assertEquals(List.of("townships.xlsx:5: kind: \"city\" is not one of town, township"), problems(kind("townships"), file, store));
		assertEquals(0, store.count(Township.class), "nothing of the file is stored");
	}

	/** Workbooks no import may take, each refused with one sentence and nothing stored. */
	@Test
	void hostileWorkbooksAreRefusedWithOneSentenceAndNothingStored() throws Exception {
		String header = HandMadeWorkbook.textRow(1, "code", "name", "kind", "order");
		StringBuilder wide = new StringBuilder("<row r=\"1\">");
		for (int c = 0; c < 30_000; c++) {
			wide.append("<c r=\"").append(XlsxFile.columnLetters(c)).append("1\" t=\"inlineStr\"><is><t>").append(c < 4 ? List.of("code", "name", "kind", "order").get(c) : "x")
					.append("</t></is></c>");
		}
		Path csv = temp.resolve("renamed.xlsx");
		Files.writeString(csv, "code,name,kind,order\nT-01,临泉镇,town,0\n");
		Object[][] corpus = {
				{ HandMadeWorkbook.write(temp.resolve("formula.xlsx"), header + "<row r=\"2\">" + inline("A2", "T-01") + inline("B2", "临泉镇")
						+ inline("C2", "town") + "<c r=\"D2\"><f>SUM(1,2)</f><v>3</v></c></row>"), "formula.xlsx:2: D2: holds the formula =SUM(1,2)" },
				{ HandMadeWorkbook.write(temp.resolve("error.xlsx"), header + "<row r=\"2\">" + inline("A2", "T-01") + "<c r=\"B2\" t=\"e\"><v>#N/A</v></c></row>"),
						"error.xlsx:2: B2: holds the error #N/A" },
				{ HandMadeWorkbook.write(temp.resolve("huge-cell.xlsx"), header + HandMadeWorkbook.textRow(2, "T-01", "x".repeat(1 << 20), "town", "0")),
						"huge-cell.xlsx:2: B2: holds 1048576 characters; an Excel cell holds at most 32767" },
				{ HandMadeWorkbook.write(temp.resolve("wide.xlsx"), wide.append("</row>").toString()),
						"wide.xlsx:1: header: expected code,name,kind,order (or Cordon's template) but found code,name,kind,order,x,x,x,x,x,x,x,x,… (30000 columns)" },
				{ HandMadeWorkbook.write(temp.resolve("right.xlsx"), header + "<row r=\"2\">" + inline("A2", "T-01") + inline("F2", "备注") + "</row>"),
						"right.xlsx:2: F: holds a value right of the header's last column D (order)" },
				{ HandMadeWorkbook.bomb(temp.resolve("bomb.xlsx"), 80), "bomb.xlsx:0: file: inflates to far more than its size" },
				{ HandMadeWorkbook.compoundFile(temp.resolve("encrypted.xlsx"), "EncryptionInfo"), "encrypted.xlsx:0: file: is protected by a password" },
				{ HandMadeWorkbook.compoundFile(temp.resolve("old.xlsx"), "Workbook"), "old.xlsx:0: file: is an Excel 97-2003 workbook (.xls), not .xlsx" },
				{ HandMadeWorkbook.write(temp.resolve("empty.xlsx"), ""), "empty.xlsx:1: header: the sheet \"Sheet1\" is empty" },
				{ csv, "renamed.xlsx:0: file: is not an Excel workbook (.xlsx): it is not a zip archive" },
				{ Files.write(temp.resolve("nothing.xlsx"), new byte[0]), "nothing.xlsx:0: file: is empty" } };
		for (Object[] hostile : corpus) {
			MemoryStore store = new MemoryStore();
			List<String> problems = problems(kind("townships"), (Path) hostile[0], store);
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).startsWith((String) hostile[1]), problems.get(0));
			assertTrue(problems.get(0).length() < 400, "one sentence, not a dump: " + problems.get(0).length());
			assertEquals(0, store.count(Township.class), hostile[1] + ": nothing is stored");
		}
	}

	private static String inline(String cell, String text) {
		return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private static String part(Path workbook, String name) throws IOException {
		String text = partOrEmpty(workbook, name);
		assertFalse(text.isEmpty(), name + " is in the workbook");
		return text;
	}

	/** A part's XML with its character references (fastexcel writes every non-ASCII character as one) read back as characters. */
	private static String partOrEmpty(Path workbook, String name) throws IOException {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				return "";
			}
			String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml).replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
		}
	}

	/** The style of a column of the first sheet, as its {@code <col>} element gives it (columns counted from 0). */
	private static int columnStyle(Path workbook, int column) throws IOException {
		Matcher col = Pattern.compile("<col [^>]*min=\"" + (column + 1) + "\"[^>]*style=\"(\\d+)\"").matcher(part(workbook, "xl/worksheets/sheet1.xml"));
		assertTrue(col.find(), "the date column has a style of its own");
		return Integer.parseInt(col.group(1));
	}

	/** The workbook with {@code rows} added to its first sheet's data, as typing into it in Excel would. */
	private Path fillIn(Path template, String rows) throws IOException {
		Path filled = temp.resolve("filled-" + template.getFileName());
		try (ZipFile zip = new ZipFile(template.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(filled))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(bytes, StandardCharsets.UTF_8);
					xml = xml.contains("</sheetData>") ? xml.replace("</sheetData>", rows + "</sheetData>") : xml.replace("<sheetData/>", "<sheetData>" + rows + "</sheetData>");
					bytes = xml.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return filled;
	}
}
