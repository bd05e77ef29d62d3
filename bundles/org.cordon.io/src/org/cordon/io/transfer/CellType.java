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
}
