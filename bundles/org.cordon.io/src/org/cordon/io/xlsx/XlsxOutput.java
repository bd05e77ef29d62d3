package org.cordon.io.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.cordon.io.file.PartialFile;
import org.cordon.io.file.RowWriter;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a record kind, or the rows a view shows, as an Excel workbook streamed to disk (no row
 * is kept once written): the titles, the CSV names in a hidden row below them when they differ,
 * dates as date cells, numbers as numbers, and for every column that picks from a list a
 * drop-down of the names shown, whose codes a hidden sheet keeps ({@link XlsxFile} reads them
 * back). Without rows it is the kind's empty template. Like {@link org.cordon.io.csv.CsvOutput},
 * the file appears only when complete.
 */
public final class XlsxOutput implements RowWriter {

	private static final String DATE_FORMAT = "yyyy-mm-dd";
	private static final String TITLE_FILL = "DDEBF7";
	private static final int FLUSH_EVERY = 1_000;

	private final PartialFile file;
	private final OutputStream out;
	private final Workbook workbook;
	private final Worksheet sheet;
	private final List<SheetColumn> columns;
	private final int firstDataRow;
	private boolean complete;
	private int rows;

	private XlsxOutput(Path target, SheetLayout layout) throws IOException {
		this.file = PartialFile.beside(target);
		this.out = new BufferedOutputStream(Files.newOutputStream(file.path()), 1 << 16);
		this.workbook = new Workbook(out, "Cordon", "1.0");
		this.columns = layout.columns();
		this.sheet = workbook.newWorksheet(sheetName(layout.sheetName()));
		this.firstDataRow = layout.hasTitles() ? 2 : 1;
		writeHeader(layout);
		writeLists(layout.notInList().isEmpty() ? "-" : layout.notInList());
	}

	public static XlsxOutput create(Path target, SheetLayout layout) {
		try {
			return new XlsxOutput(target, layout);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	/** Excel refuses a sheet name over 31 characters or with any of []:*?/\ in it. */
	static String sheetName(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		if (cleaned.isEmpty() || cleaned.equals(XlsxFile.LISTS_SHEET)) {
			cleaned = "records";
		}
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

	private void writeHeader(SheetLayout layout) {
		int last = columns.size() - 1;
		for (int c = 0; c < columns.size(); c++) {
			SheetColumn column = columns.get(c);
			sheet.value(0, c, column.title());
			if (layout.hasTitles()) {
				sheet.value(1, c, column.name());
			}
			sheet.width(c, Math.min(60, Math.max(10, 2.2 * column.title().length() + 2)));
			if (column.shape() == org.cordon.io.transfer.CellType.Shape.DATE) {
				// the column's own style: a date typed into the template shows as one too
				sheet.style(c).format(DATE_FORMAT).set();
			}
		}
		if (last >= 0) {
			sheet.range(0, 0, 0, last).style().bold().fillColor(TITLE_FILL).set();
			if (layout.hasTitles()) {
				sheet.range(1, 0, 1, last).style().italic().fontColor("808080").set();
				sheet.hideRow(1);
			}
		}
		sheet.freezePane(0, firstDataRow);
		// printed as a county office prints a list: across, one page wide, the titles on every page
		sheet.pageOrientation("landscape");
		sheet.setFitToPage(true);
		sheet.fitToWidth((short) 1);
		sheet.fitToHeight((short) 0);
		sheet.repeatRows(0);
	}

	/** The drop-down lists on a hidden sheet of their own: for each list, the names shown and the codes they stand for. */
	private void writeLists(String notInList) throws IOException {
		if (columns.stream().allMatch(c -> c.labelOfCode().isEmpty())) {
			return;
		}
		Worksheet lists = workbook.newWorksheet(XlsxFile.LISTS_SHEET);
		int pair = 0;
		for (int c = 0; c < columns.size(); c++) {
			SheetColumn column = columns.get(c);
			Map<String, String> labels = column.labelOfCode();
			if (labels.isEmpty()) {
				continue;
			}
			int labelColumn = 2 * pair++;
			lists.value(0, labelColumn, column.name());
			lists.value(0, labelColumn + 1, column.name() + XlsxFile.CODE_SUFFIX);
			int row = 1;
			for (Map.Entry<String, String> entry : labels.entrySet()) {
				lists.value(row, labelColumn, entry.getValue());
				lists.value(row, labelColumn + 1, entry.getKey());
				row++;
			}
			// Warning, not stop: a code typed instead of a name is as good.
			sheet.range(firstDataRow, c, Worksheet.MAX_ROWS - 1, c).validateWithList(lists.range(1, labelColumn, labels.size(), labelColumn))
					.allowBlank(true).errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
					.errorTitle(column.title()).error(notInList);
		}
		lists.setVisibilityState(VisibilityState.HIDDEN);
		lists.finish();
	}

	@Override
	public void row(List<String> cells) {
		int row = firstDataRow + rows;
		if (row >= Worksheet.MAX_ROWS) {
			throw new SheetFullException(Worksheet.MAX_ROWS);
		}
		for (int c = 0; c < cells.size() && c < columns.size(); c++) {
			String text = cells.get(c);
			if (text == null || text.isEmpty()) {
				continue;
			}
			write(row, c, columns.get(c), text);
		}
		rows++;
		if (rows % FLUSH_EVERY == 0) {
			try {
				sheet.flush();
			} catch (IOException e) {
				throw new UncheckedIOException("cannot write " + file.target() + ": " + e.getMessage(), e);
			}
		}
	}

	private void write(int row, int c, SheetColumn column, String text) {
		try {
			switch (column.shape()) {
			case DATE -> {
				sheet.value(row, c, LocalDate.parse(text));
				sheet.style(row, c).format(DATE_FORMAT).set();
			}
			case WHOLE -> sheet.value(row, c, Long.parseLong(text));
			case DECIMAL -> sheet.value(row, c, new BigDecimal(text));
			default -> sheet.value(row, c, column.labelOfCode().getOrDefault(text, text));
			}
		} catch (DateTimeParseException | NumberFormatException e) {
			// a view's cell that only looks like its column (a total, a dash): as the text it is
			sheet.value(row, c, text);
		}
	}

	@Override
	public int rowCount() {
		return rows;
	}

	@Override
	public void complete() {
		complete = true;
	}

	@Override
	public void close() {
		try (file) {
			if (complete) {
				workbook.finish();
				out.close();
				file.moveIntoPlace();
			} else {
				out.close();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file.target() + ": " + e.getMessage(), e);
		}
	}
}
