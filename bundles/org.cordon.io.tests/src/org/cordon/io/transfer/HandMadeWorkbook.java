package org.cordon.io.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cordon.io.xlsx.XlsxFile;

/**
 * A workbook written part by part, as Excel lays one out, for cells no writing library would
 * produce on purpose (an error value, a formula, thirty thousand columns).
 */
final class HandMadeWorkbook {

	private HandMadeWorkbook() {
	}

	/** A one-sheet workbook whose sheet data is {@code rows} (row elements with inline strings, numbers, formulas). */
	static Path write(Path file, String rows) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
					</workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
					<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
					</Relationships>""");
			entry(zip, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
					<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
					<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
					<borders count="1"><border/></borders>
					<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
					<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
					</styleSheet>""");
			entry(zip, "xl/sharedStrings.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>""");
			entry(zip, "xl/worksheets/sheet1.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + rows + "</sheetData></worksheet>");
		}
		return file;
	}

	/** A row of inline-string cells from column A on. */
	static String textRow(int row, String... texts) {
		StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
		for (int i = 0; i < texts.length; i++) {
			xml.append("<c r=\"").append(XlsxFile.columnLetters(i)).append(row).append("\" t=\"inlineStr\"><is><t>").append(texts[i])
					.append("</t></is></c>");
		}
		return xml.append("</row>").toString();
	}

	/** A zip archive with one sheet part of {@code megabytes} MB of spaces: it compresses about a thousandfold. */
	static Path bomb(Path file, int megabytes) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "xl/workbook.xml", "<workbook/>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return file;
	}

	/** The start of an OLE compound file whose directory names the stream {@code stream}: an encrypted workbook or a .xls. */
	static Path compoundFile(Path file, String stream) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
			out.write(new byte[504]);
			out.write(stream.getBytes(StandardCharsets.UTF_16LE));
			out.write(new byte[1024]);
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
