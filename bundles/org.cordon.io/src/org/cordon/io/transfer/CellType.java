package org.cordon.io.transfer;

/**
 * How a column's text becomes a value and back. {@link #parse} never sees an empty cell (an
 * empty cell is "no value"); {@link #format} never sees {@code null}.
 */
public interface CellType<V> {

	V parse(String text) throws CellException;

	String format(V value);

	/** Every text this type accepts, when they are few (choices, yes/no); empty otherwise. */
	default java.util.List<String> choices() {
		return java.util.List.of();
	}

	/** What kind of value the text holds, for a spreadsheet cell that stores it as a number, a date or a pick from a list. */
	default Shape shape() {
		return Shape.TEXT;
	}

	/** The constants of a {@link Shape#CHOICE}, in the order of {@link #choices()}; empty for every other shape. */
	default java.util.List<? extends Enum<?>> constants() {
		return java.util.List.of();
	}

	/** The shapes of cell values that a spreadsheet stores differently. */
	enum Shape {
		TEXT, CODE, WHOLE, DECIMAL, DATE, YES_NO, CHOICE
	}
}
