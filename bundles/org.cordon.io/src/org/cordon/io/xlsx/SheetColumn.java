package org.cordon.io.xlsx;

import java.util.Map;

import org.cordon.io.transfer.CellType.Shape;

/**
 * One column of an exported sheet: its CSV name (the hidden header row), the title a user reads,
 * the shape of its values, and for a pick from a list the name shown for each code stored (empty
 * when any text may be typed).
 */
public record SheetColumn(String name, String title, Shape shape, Map<String, String> labelOfCode) {

	public SheetColumn {
		// in the order given: it is the drop-down list's order
		labelOfCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labelOfCode));
	}

	/** A column of text under its CSV name, as a figures view or the command line writes it. */
	public static SheetColumn plain(String name, Shape shape) {
		return new SheetColumn(name, name, shape, Map.of());
	}
}
