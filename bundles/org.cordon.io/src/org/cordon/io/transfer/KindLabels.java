package org.cordon.io.transfer;

/**
 * The words a sheet shows for a record kind, its columns and its choices. The workbench gives
 * its labels in the desk's language; the command line has none and writes the CSV names.
 */
public interface KindLabels {

	/** The CSV names themselves: a sheet whose header is the CSV header, its choices as the format writes them. */
	KindLabels CSV_NAMES = new KindLabels() {
	};

	default String kindLabel(String kindName) {
		return kindName;
	}

	default String columnLabel(String kindName, String columnName) {
		return columnName;
	}

	default String choiceLabel(Enum<?> value) {
		return Cells.word(value);
	}

	default String booleanLabel(boolean value) {
		return value ? "yes" : "no";
	}

	/** What a workbook says when a typed value is none of its drop-down list's. */
	default String notInList() {
		return "This is none of the list's values. A code typed instead of a name is fine; anything else will be refused on import.";
	}
}
