package org.cordon.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;

/**
 * What a file offered as .xlsx really is, found before a reader touches it: an .xlsx is a zip
 * archive; an encrypted workbook and an old .xls are OLE compound files instead. Every entry is
 * inflated once, counting, so that an archive that would inflate to far more than a workbook can
 * hold (a zip bomb) is refused before anything reads it; on the way, the sheets' row elements
 * are counted, which bounds the rows an import can meet.
 */
record WorkbookArchive(int rowElements) {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final int MAX_ENTRIES = 10_000;
	/** More than any sheet of Excel's 1,048,576 rows of a record kind's few columns. */
	private static final long MAX_INFLATED = 4L << 30;
	/** Sheet XML compresses well, but not by more than this; a bomb does. */
	private static final long MAX_RATIO = 200;
	private static final long RATIO_CHECKED_FROM = 64L << 20;

	static WorkbookArchive check(Path file, String name) {
		byte[] start = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(start, 0, start.length);
		} catch (NoSuchFileException e) {
			throw refused(name, "there is no such file: " + file);
		} catch (IOException e) {
			throw refused(name, "cannot be read: " + e.getMessage());
		}
		if (read == 0) {
			throw refused(name, "is empty; an Excel workbook (.xlsx) is expected");
		}
		if (startsWith(start, read, OLE2)) {
			throw refused(name, isEncrypted(file) ? "is protected by a password (an encrypted workbook); open it in Excel or WPS, remove the password and save it again"
					: "is an Excel 97-2003 workbook (.xls), not .xlsx; open it in Excel or WPS and save it as an Excel workbook (.xlsx)");
		}
		if (!startsWith(start, read, ZIP)) {
			throw refused(name, "is not an Excel workbook (.xlsx): it is not a zip archive; a CSV file must be named .csv");
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("xl/workbook.xml") == null) {
				throw refused(name, "is a zip archive but no Excel workbook (it has no xl/workbook.xml)");
			}
			return new WorkbookArchive(inflateAll(zip, name));
		} catch (ZipException e) {
			throw refused(name, "is a damaged zip archive (" + e.getMessage() + "); open it in Excel or WPS and save it again");
		} catch (IOException e) {
			throw refused(name, "cannot be read: " + e.getMessage());
		}
	}

	private static int inflateAll(ZipFile zip, String name) throws IOException {
		long total = 0;
		int entries = 0;
		int rows = 0;
		byte[] buffer = new byte[1 << 16];
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++entries > MAX_ENTRIES) {
				throw refused(name, "has more than " + MAX_ENTRIES + " parts; that is no workbook of records");
			}
			boolean sheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
			long compressed = Math.max(1, entry.getCompressedSize());
			long inflated = 0;
			RowCounter counter = new RowCounter();
			try (InputStream in = zip.getInputStream(entry)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					inflated += n;
					total += n;
					if (total > MAX_INFLATED || inflated > RATIO_CHECKED_FROM && inflated / compressed > MAX_RATIO) {
						throw refused(name, "inflates to far more than its size (" + entry.getName() + " alone to over " + (inflated >> 20)
								+ " MB from " + Math.max(1, compressed >> 10) + " KB): it looks like a zip bomb and is not read");
					}
					if (sheet) {
						counter.count(buffer, n);
					}
				}
			}
			rows += counter.rows;
		}
		return rows;
	}

	/** Counts the {@code <row} start tags of sheet XML as it streams by, with or without a namespace prefix. */
	private static final class RowCounter {
		private static final long ROW = ('r' << 16) | ('o' << 8) | 'w';
		int rows;
		/** The last five bytes seen, the newest lowest. */
		private long window;

		void count(byte[] bytes, int length) {
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				window = (window << 8 | (b & 0xFF)) & 0xFF_FFFF_FFFFL;
				if ((b == ' ' || b == '>') && (window >> 8 & 0xFF_FFFF) == ROW) {
					long before = window >> 32;
					if (before == '<' || before == ':') {
						rows++;
					}
				}
			}
		}
	}

	/** Whether an OLE compound file holds an encrypted OOXML package (its directory names the stream EncryptionInfo). */
	private static boolean isEncrypted(Path file) {
		byte[] marker = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes(16 << 20);
			outer: for (int i = 0; i + marker.length <= bytes.length; i++) {
				for (int j = 0; j < marker.length; j++) {
					if (bytes[i + j] != marker[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
		if (length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static CsvImportException refused(String name, String reason) {
		return new CsvImportException(List.of(new CsvProblem(name, 0, "file", reason)));
	}
}
