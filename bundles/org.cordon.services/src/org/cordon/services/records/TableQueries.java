package org.cordon.services.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.ColumnShape;
import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.KindLabels;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.model.CordonEntity;
import org.cordon.services.records.TableQuery.Contains;
import org.cordon.services.records.TableQuery.Match;
import org.cordon.services.records.TableQuery.OneOf;
import org.cordon.services.records.TableQuery.ReferenceContains;
import org.cordon.services.records.TableQuery.Within;

/**
 * What a record table's filter field and sorted column ask of the database. A record is shown
 * when any of its cells matches what was typed, each cell the way a user reads it: text and codes
 * contain it; a reference matches by the referenced record's code or name; a choice or yes/no by
 * its label in the desk's language or its CSV word; a number or a date by its value, and a date
 * also by a month ({@code 2020-02}) or a year ({@code 2020}).
 */
public final class TableQueries {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private TableQueries() {
	}

	/**
	 * @param typed  the filter field's text; blank shows every record
	 * @param column the index of the column sorted by
	 */
	public static <T extends CordonEntity> TableQuery of(RecordFormat<T> format, KindLabels labels, String typed, int column, boolean ascending) {
		String sortBy = format.attributeOf(format.columns().get(column).name());
		String wanted = typed == null ? "" : typed.strip();
		if (wanted.isEmpty()) {
			return new TableQuery(format.type(), null, sortBy, ascending);
		}
		return new TableQuery(format.type(), matches(format, labels, wanted), sortBy, ascending);
	}

	static <T extends CordonEntity> List<Match> matches(RecordFormat<T> format, KindLabels labels, String wanted) {
		String lower = wanted.toLowerCase(Locale.ROOT);
		List<Match> matches = new ArrayList<>();
		List<ColumnShape> shapes = format.shapes();
		for (int i = 0; i < shapes.size(); i++) {
			ColumnShape shape = shapes.get(i);
			ColumnSpec<T> column = format.columns().get(i);
			String attribute = format.attributeOf(column.name());
			if (shape.referenced() != null) {
				matches.add(new ReferenceContains(attribute, wanted));
				continue;
			}
			switch (shape.shape()) {
			case TEXT, CODE -> matches.add(new Contains(attribute, wanted));
			case CHOICE -> {
				List<Enum<?>> chosen = new ArrayList<>();
				for (Enum<?> constant : shape.constants()) {
					if (contains(labels.choiceLabel(constant), lower) || contains(KindLabels.CSV_NAMES.choiceLabel(constant), lower)) {
						chosen.add(constant);
					}
				}
				if (!chosen.isEmpty()) {
					matches.add(new OneOf(attribute, chosen));
				}
			}
			case YES_NO -> {
				List<Boolean> chosen = new ArrayList<>();
				for (boolean value : new boolean[] { true, false }) {
					if (contains(labels.booleanLabel(value), lower) || contains(KindLabels.CSV_NAMES.booleanLabel(value), lower)) {
						chosen.add(value);
					}
				}
				if (!chosen.isEmpty()) {
					matches.add(new OneOf(attribute, chosen));
				}
			}
			case DATE -> date(attribute, column, wanted, matches);
			case WHOLE, DECIMAL -> {
				Object value = valueOf(column, wanted);
				if (value != null) {
					matches.add(new OneOf(attribute, List.of(value)));
				}
			}
			}
		}
		return matches;
	}

	private static void date(String attribute, ColumnSpec<?> column, String wanted, List<Match> matches) {
		Object day = valueOf(column, wanted);
		if (day != null) {
			matches.add(new OneOf(attribute, List.of(day)));
			return;
		}
		Matcher month = MONTH.matcher(wanted);
		if (month.matches()) {
			int number = Integer.parseInt(month.group(2));
			if (number >= 1 && number <= 12) {
				LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), number, 1);
				matches.add(new Within(attribute, first, first.plusMonths(1)));
			}
		} else if (YEAR.matcher(wanted).matches()) {
			LocalDate first = LocalDate.of(Integer.parseInt(wanted), 1, 1);
			matches.add(new Within(attribute, first, first.plusYears(1)));
		}
	}

	/** The column's value of the text as a cell reads it, or null when the text is none of its values. */
	private static Object valueOf(ColumnSpec<?> column, String text) {
		try {
			return column.read(text, null);
		} catch (CellException | RuntimeException e) {
			return null;
		}
	}

	private static boolean contains(String label, String lowerWanted) {
		return label != null && label.toLowerCase(Locale.ROOT).contains(lowerWanted);
	}
}
