package org.cordon.ui.grids;

import java.util.Locale;

import org.cordon.io.transfer.CellException;
import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.eclipse.osgi.util.NLS;

/**
 * The value columns of one record kind's CSV format, for a grid: a value typed into a cell is read
 * by the same column as an imported one and then checked by the record's own rules, so the board
 * and the import accept and refuse the same values with the same reasons.
 */
public final class ImportChecks<T extends CordonEntity> {

	private final RecordFormat<T> format;

	private ImportChecks(RecordFormat<T> format) {
		this.format = format;
	}

	/** The checks of a record kind as named in docs/csv-formats.md, whose records must be of {@code type}. */
	@SuppressWarnings("unchecked")
	public static <T extends CordonEntity> ImportChecks<T> of(String kind, Class<T> type) {
		RecordKind recordKind = RecordKinds.named(kind).orElseThrow(() -> new IllegalArgumentException("no record kind " + kind));
		if (!(recordKind instanceof RecordFormat<?> format) || !format.type().equals(type)) {
			throw new IllegalArgumentException("the record kind " + kind + " does not hold " + type.getSimpleName() + " column by column");
		}
		return new ImportChecks<>((RecordFormat<T>) format);
	}

	private ColumnSpec<T> column(String name) {
		int index = format.header().indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + name + " in " + format.name());
		}
		return format.columns().get(index);
	}

	/** The column's value of the record as an export writes it. */
	public String text(T record, String columnName) {
		return column(columnName).write(record);
	}

	/**
	 * Sets a column of the record from typed text; the record is left as it was when the text is refused.
	 *
	 * @return why the text was refused, as "column: reason", or {@code null} when it was taken
	 */
	public String apply(T record, String columnName, String text) {
		ColumnSpec<T> column = column(columnName);
		String old = column.write(record);
		String refused = set(record, column, text);
		if (refused == null) {
			try {
				record.validate();
			} catch (InvalidValueException e) {
				set(record, column, old);
				refused = e.getField() + ": " + e.getReason(Locale.getDefault());
			}
		}
		return refused;
	}

	private String set(T record, ColumnSpec<T> column, String text) {
		try {
			String value = text.strip();
			if (value.isEmpty()) {
				if (!column.optional()) {
					return NLS.bind(GridMessages.valueRequired, column.name());
				}
				column.apply(record, null);
			} else {
				// The grids edit figures, never references, so no look-up store is needed.
				column.apply(record, column.read(value, null));
			}
			return null;
		} catch (CellException e) {
			return column.name() + ": " + e.getReason(Locale.getDefault());
		} catch (InvalidValueException e) {
			return column.name() + ": " + e.getReason(Locale.getDefault());
		}
	}
}
