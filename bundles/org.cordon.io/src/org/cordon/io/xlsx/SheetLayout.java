package org.cordon.io.xlsx;

import java.util.List;

/**
 * What an exported sheet looks like: its name (the tab) and its columns. When a column's title
 * differs from its CSV name, the titles come first and the CSV names follow in a hidden row, so
 * that the sheet reads in the desk's language and still imports as the kind's format. A value typed
 * that is none of a drop-down list's gets the warning {@code notInList}.
 */
public record SheetLayout(String sheetName, List<SheetColumn> columns, String notInList) {

	public SheetLayout {
		columns = List.copyOf(columns);
	}

	/** A sheet without drop-down lists, or whose lists need no words of their own. */
	public SheetLayout(String sheetName, List<SheetColumn> columns) {
		this(sheetName, columns, "");
	}

	public boolean hasTitles() {
		return columns.stream().anyMatch(c -> !c.title().equals(c.name()));
	}

	public List<String> header() {
		return columns.stream().map(SheetColumn::name).toList();
	}
}
