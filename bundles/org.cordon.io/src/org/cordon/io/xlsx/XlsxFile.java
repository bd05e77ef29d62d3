package org.cordon.io.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFile;
import org.cordon.model.Failures;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * An Excel workbook (.xlsx) of records, read row by row from its first visible sheet without
 * holding the workbook in memory. The sheet's first row is the CSV header, or it is Cordon's
 * template ({@link XlsxOutput}): the column titles in the desk's language, then the CSV names in
 * a hidden row. Cells are taken as Excel stores them: a date is a number formatted as a date, a
 * number may be stored as text, spaces around a value are an accident of typing; a value picked
 * from the template's drop-down list is a name that the hidden sheet {@value #LISTS_SHEET} turns
 * back into its code.
 * <p>
 * What a workbook holds that no CSV file could (a formula, an error value, a cell longer than
 * Excel allows, a value right of the header) is refused with one sentence, never guessed at.
 * The sheet row of a problem is the row number Excel shows.
 */
public final class XlsxFile implements RecordFile {

	/** The hidden sheet of the template's drop-down lists: pairs of columns, names and the codes they stand for. */
	public static final String LISTS_SHEET = "cordon-lists";
	/** How the code column of a list is headed: the CSV column's name and this. */
	public static final String CODE_SUFFIX = ":code";
	/** Excel's own limit for the characters of one cell. */
	static final int MAX_CELL = 32_767;
	private static final int HEADER_NAMES_SHOWN = 12;
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
	private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private final Path path;
	private final String name;
	private final int rowsAtMost;

	private XlsxFile(Path path, String name, int rowsAtMost) {
		this.path = path;
		this.name = name;
		this.rowsAtMost = rowsAtMost;
	}

	/**
	 * Opens a workbook for import after checking that it is one: a zip archive of an .xlsx, not
	 * encrypted, not an old .xls, and not a zip bomb.
	 *
	 * @throws CsvImportException with one problem saying what the file is instead
	 */
	public static XlsxFile read(Path file) {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		WorkbookArchive archive = WorkbookArchive.check(file, name);
		return new XlsxFile(file, name, archive.rowElements());
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int sizeHint() {
		return rowsAtMost + 1;
	}

	private CsvImportException refused(long row, String column, String reason) {
		return new CsvImportException(List.of(new CsvProblem(name, row, column, reason)));
	}

	@Override
	public void rows(List<String> expectedHeader, Consumer<CsvRow> consumer) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false))) {
			Map<String, Map<String, String>> lists = lists(workbook);
			Sheet sheet = dataSheet(workbook);
			boolean date1904 = workbook.isDate1904();
			try (Stream<Row> stream = sheet.openStream()) {
				Iterator<Row> rows = stream.iterator();
				int width = expectedHeader.size();
				Row first = nextNonEmpty(rows);
				if (first == null) {
					throw refused(1, "header", "the sheet \"" + sheet.getName() + "\" is empty; its first row must be the header "
							+ String.join(",", expectedHeader));
				}
				List<String> firstValues = headerValues(first);
				if (!firstValues.equals(expectedHeader)) {
					// Cordon's template: a title over every column, then the CSV names
					boolean titled = firstValues.size() == width && firstValues.stream().noneMatch(String::isEmpty);
					Row second = titled && rows.hasNext() ? rows.next() : null;
					if (second == null || !headerValues(second).equals(expectedHeader)) {
						throw headerProblem(sheet, first, firstValues, expectedHeader);
					}
				}
				Map<String, String>[] labelsOfColumn = labelsOfColumns(expectedHeader, lists);
				while (rows.hasNext()) {
					Row row = rows.next();
					String[] cells = new String[width];
					boolean empty = true;
					for (Cell cell : row) {
						if (cell == null) {
							continue;
						}
						String text = text(cell, row, date1904);
						if (text.isEmpty()) {
							continue;
						}
						int column = cell.getColumnIndex();
						if (column >= width) {
							throw refused(row.getRowNum(), columnLetters(column),
									"holds a value right of the header's last column " + columnLetters(width - 1) + " (" + expectedHeader.get(width - 1)
											+ "); delete it or add no columns to the sheet");
						}
						Map<String, String> labels = labelsOfColumn[column];
						cells[column] = labels == null ? text : labels.getOrDefault(text, text);
						empty = false;
					}
					if (empty) {
						continue;
					}
					for (int i = 0; i < width; i++) {
						if (cells[i] == null) {
							cells[i] = "";
						}
					}
					consumer.accept(new CsvRow(row.getRowNum(), cells));
				}
			}
		} catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
			throw refused(0, "file", "cannot be read as an Excel workbook (" + Failures.innermostMessage(e) + "); open it in Excel or WPS and save it as .xlsx again");
		}
	}

	/** The first visible sheet that is not the template's lists. */
	private Sheet dataSheet(ReadableWorkbook workbook) {
		return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE && !LISTS_SHEET.equals(s.getName()))
				.findFirst().orElseThrow(() -> refused(0, "file", "has no visible sheet"));
	}

	/** The template's drop-down lists: for a CSV column, the code each name stands for. */
	private Map<String, Map<String, String>> lists(ReadableWorkbook workbook) throws IOException {
		Optional<Sheet> sheet = workbook.findSheet(LISTS_SHEET);
		Map<String, Map<String, String>> lists = new HashMap<>();
		if (sheet.isEmpty()) {
			return lists;
		}
		List<String> headings = new ArrayList<>();
		try (Stream<Row> stream = sheet.get().openStream()) {
			Iterator<Row> rows = stream.iterator();
			while (rows.hasNext()) {
				Row row = rows.next();
				if (headings.isEmpty()) {
					for (int i = 0; i < row.getCellCount(); i++) {
						headings.add(row.getCellText(i).strip());
					}
					continue;
				}
				for (int i = 0; i + 1 < headings.size(); i += 2) {
					String column = headings.get(i);
					if (!headings.get(i + 1).equals(column + CODE_SUFFIX)) {
						continue;
					}
					String label = i < row.getCellCount() ? stripped(row.getCellText(i)) : "";
					String code = i + 1 < row.getCellCount() ? stripped(row.getCellText(i + 1)) : "";
					if (!label.isEmpty() && !code.isEmpty()) {
						lists.computeIfAbsent(column, c -> new HashMap<>()).put(label, code);
					}
				}
			}
		}
		return lists;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String>[] labelsOfColumns(List<String> header, Map<String, Map<String, String>> lists) {
		Map<String, String>[] labels = new Map[header.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = lists.get(header.get(i));
		}
		return labels;
	}

	private static Row nextNonEmpty(Iterator<Row> rows) {
		while (rows.hasNext()) {
			Row row = rows.next();
			for (Cell cell : row) {
				if (cell != null && !stripped(cell.getRawValue() == null ? "" : cell.getRawValue()).isEmpty()) {
					return row;
				}
			}
		}
		return null;
	}

	/** A row as a header: its cells' texts up to the last one that is not empty. */
	private static List<String> headerValues(Row row) {
		List<String> values = new ArrayList<>();
		int last = -1;
		for (Cell cell : row) {
			if (cell == null) {
				continue;
			}
			String text = cell.getRawValue() == null ? "" : stripped(cell.getText());
			while (values.size() < cell.getColumnIndex()) {
				values.add("");
			}
			values.add(text);
			if (!text.isEmpty()) {
				last = values.size() - 1;
			}
		}
		return values.subList(0, last + 1);
	}

	private CsvImportException headerProblem(Sheet sheet, Row first, List<String> found, List<String> expected) {
		long filled = found.stream().filter(v -> !v.isEmpty()).count();
		if (filled == 1 && expected.size() > 1) {
			return refused(first.getRowNum(), "header", "the sheet \"" + sheet.getName() + "\" begins with the title "
					+ quoted(found.stream().filter(v -> !v.isEmpty()).findFirst().orElse("")) + " (merged across columns, say) and not with the header; delete the rows above the header "
					+ String.join(",", expected) + " so that it is the first row");
		}
		String shown = found.size() > HEADER_NAMES_SHOWN ? String.join(",", found.subList(0, HEADER_NAMES_SHOWN)) + ",… (" + found.size() + " columns)"
				: String.join(",", found);
		return refused(first.getRowNum(), "header", "expected " + String.join(",", expected) + " (or Cordon's template) but found " + shown);
	}

	/** A cell's value as the CSV format would write it. */
	private String text(Cell cell, Row row, boolean date1904) {
		String raw = cell.getRawValue();
		switch (cell.getType()) {
		case EMPTY:
			return "";
		case FORMULA:
			throw refused(row.getRowNum(), cellName(cell), "holds the formula =" + shownValue(cell.getFormula())
					+ "; Cordon imports values only: copy the cells and paste them as values");
		case ERROR:
			throw refused(row.getRowNum(), cellName(cell), "holds the error " + shownValue(raw) + " instead of a value");
		case BOOLEAN:
			return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "yes" : "no";
		case NUMBER:
			if (raw == null || raw.isEmpty()) {
				return "";
			}
			return isDate(cell) ? date(raw, date1904, row, cell) : number(raw, row, cell);
		default:
			String text = cell.getText();
			if (text == null) {
				return "";
			}
			if (text.length() > MAX_CELL) {
				throw refused(row.getRowNum(), cellName(cell), "holds " + text.length() + " characters; an Excel cell holds at most " + MAX_CELL);
			}
			return stripped(text);
		}
	}

	private String number(String raw, Row row, Cell cell) {
		try {
			BigDecimal value = new BigDecimal(raw).round(MathContext.DECIMAL64).stripTrailingZeros();
			if (value.signum() == 0) {
				return "0";
			}
			return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
		} catch (NumberFormatException e) {
			throw refused(row.getRowNum(), cellName(cell), "holds " + quoted(raw) + ", which Excel marks as a number but is none");
		}
	}

	/** A date cell as yyyy-MM-dd, or with its time when it has one (which a date column then refuses). */
	private String date(String raw, boolean date1904, Row row, Cell cell) {
		BigDecimal serial;
		try {
			serial = new BigDecimal(raw);
		} catch (NumberFormatException e) {
			throw refused(row.getRowNum(), cellName(cell), "holds " + quoted(raw) + ", which Excel marks as a date but is none");
		}
		long days = serial.longValue();
		if (serial.signum() < 0 || days > 2_958_465) {
			throw refused(row.getRowNum(), cellName(cell), "holds the date number " + raw + ", which is no date Excel can show");
		}
		LocalDate date;
		if (date1904) {
			date = EXCEL_EPOCH_1904.plusDays(days);
		} else {
			// Excel counts 29 February 1900, which never was: serials before it are one day early.
			date = days < 61 ? EXCEL_EPOCH.plusDays(days + 1) : EXCEL_EPOCH.plusDays(days);
		}
		BigDecimal fraction = serial.subtract(BigDecimal.valueOf(days));
		if (fraction.signum() == 0) {
			return date.toString();
		}
		long minutes = fraction.multiply(BigDecimal.valueOf(24 * 60)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
		return String.format("%s %02d:%02d", date, minutes / 60, minutes % 60);
	}

	/** Whether Excel shows a number as a date: a built-in date format, or a format of its own with years or days in it. */
	static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
			return true;
		}
		String format = cell.getDataFormatString();
		return format != null && isDateFormat(format);
	}

	public static boolean isDateFormat(String format) {
		StringBuilder plain = new StringBuilder();
		boolean quoted = false;
		boolean bracket = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '[') {
				bracket = true;
			} else if (bracket && c == ']') {
				bracket = false;
			} else if (!quoted && !bracket && c == '\\') {
				i++;
			} else if (!quoted && !bracket) {
				plain.append(Character.toLowerCase(c));
			}
		}
		String shown = plain.toString();
		return shown.indexOf('y') >= 0 || shown.indexOf('d') >= 0 || shown.indexOf('年') >= 0 || shown.indexOf('日') >= 0;
	}

	/** A text without the spaces around it, including the no-break and ideographic spaces that pasted text brings. */
	static String stripped(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static String cellName(Cell cell) {
		return cell.getAddress() == null ? columnLetters(cell.getColumnIndex()) : cell.getAddress().toString();
	}

	/** Excel's name of a column: A for 0, Z for 25, AA for 26. */
	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String shownValue(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private static String quoted(String text) {
		return "\"" + shownValue(text) + "\"";
	}
}
