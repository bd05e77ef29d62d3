package org.cordon.ui.grids;

import java.util.Objects;

/** What one cell of a day grid shows: a value (possibly empty) and its status. */
public record GridCell(String value, CellStatus status) {

	public GridCell {
		value = value == null ? "" : value;
		Objects.requireNonNull(status, "status");
	}

	public static GridCell plain(String value) {
		return new GridCell(value, CellStatus.PLAIN);
	}

	public static GridCell of(CellStatus status) {
		return new GridCell("", status);
	}

	/** The cell's text: the value and the status word, so that the colour is never the only sign. */
	public String text() {
		if (status.word().isEmpty() || value.contains(status.word())) {
			return value;
		}
		return value.isEmpty() ? status.word() : value + "  " + status.word();
	}
}
