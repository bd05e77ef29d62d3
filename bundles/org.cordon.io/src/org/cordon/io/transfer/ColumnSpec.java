package org.cordon.io.transfer;

/**
 * One column of a record format: how a cell is read into a record and written from it. Editors
 * use the same columns, so a value typed into a table is checked exactly as an imported one.
 */
public interface ColumnSpec<T> {

	String name();

	boolean optional();

	/** The cell's value, with references resolved against the store. */
	Object read(String text, RecordStore store) throws CellException;

	void apply(T record, Object value);

	String write(T record);

	/** The record's value in this column as an object: a referenced record rather than its code, say. */
	default Object value(T record) {
		return write(record);
	}

	/** The texts a user may pick from (choices, yes/no, the codes of referenceable records); empty when any text may do. */
	default java.util.List<String> suggestions(RecordStore store) {
		return java.util.List.of();
	}
}
