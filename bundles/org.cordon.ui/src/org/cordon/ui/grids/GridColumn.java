package org.cordon.ui.grids;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a day grid over rows of type {@code R}: its header, how a row's cell looks, and,
 * for an editable column, the text a cell editor starts from and how typed text is applied.
 */
public final class GridColumn<R> {

	/** Applies typed text to a row's cell; the empty text clears the cell. */
	public interface CellWriter<R> {
		/** @return why the text was refused, or {@code null} when it was taken */
		String write(R row, String text);
	}

	private final String header;
	private final String toolTip;
	private final int width;
	private final Function<R, GridCell> cell;
	private final Function<R, String> editText;
	private final Predicate<R> editable;
	private final CellWriter<R> writer;

	private GridColumn(String header, String toolTip, int width, Function<R, GridCell> cell, Function<R, String> editText,
			Predicate<R> editable, CellWriter<R> writer) {
		this.header = Objects.requireNonNull(header);
		this.toolTip = toolTip;
		this.width = width;
		this.cell = Objects.requireNonNull(cell);
		this.editText = editText;
		this.editable = editable;
		this.writer = writer;
	}

	public static <R> GridColumn<R> readOnly(String header, int width, Function<R, GridCell> cell) {
		return new GridColumn<>(header, null, width, cell, null, r -> false, null);
	}

	/**
	 * A column whose cells can be typed into.
	 *
	 * @param editText the text a cell's editor starts with, and what undo puts back
	 * @param editable which rows' cells may be typed into
	 */
	public static <R> GridColumn<R> editable(String header, int width, Function<R, GridCell> cell, Function<R, String> editText,
			Predicate<R> editable, CellWriter<R> writer) {
		return new GridColumn<>(header, null, width, cell, Objects.requireNonNull(editText), Objects.requireNonNull(editable),
				Objects.requireNonNull(writer));
	}

	/** The same column with a tooltip on its header, e.g. the full name behind a short header. */
	public GridColumn<R> withToolTip(String text) {
		return new GridColumn<>(header, text, width, cell, editText, editable, writer);
	}

	public String header() {
		return header;
	}

	public String toolTip() {
		return toolTip;
	}

	public int width() {
		return width;
	}

	public GridCell cell(R row) {
		return cell.apply(row);
	}

	public boolean canEdit(R row) {
		return writer != null && editable.test(row);
	}

	public String editText(R row) {
		if (editText == null) {
			throw new IllegalStateException("the column " + header + " cannot be edited");
		}
		return editText.apply(row);
	}

	String write(R row, String text) {
		return writer.write(row, text);
	}
}
