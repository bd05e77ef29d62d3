package org.cordon.ui.transfer;

import java.util.List;

import org.cordon.io.transfer.CellType.Shape;

/**
 * What a table, board or figures view shows, as the command "Export Shown Rows…" writes it: the
 * rows that pass the part's filter, in the order shown, each cell as the user reads it. A part
 * offers it by implementing this interface or by adapting to it ({@code getAdapter}); a group
 * bundle's own view does the same and registers its context menu under {@link #CONTEXT_MENU} to
 * get the command there too.
 */
public interface ShownRows {

	/** The id under which a part registers the context menu of what it shows, so that the command appears in it. */
	String CONTEXT_MENU = "org.cordon.ui.menus.shownRows";

	/** The toolbar a part fills from {@code toolbar:}{@value #TOOLBAR} contributions. */
	String TOOLBAR = "org.cordon.ui.toolbars.shownRows";

	/** One column as shown: its title and, where known, the shape of its values (numbers and dates become such cells in a workbook). */
	record Column(String title, Shape shape) {

		public static Column text(String title) {
			return new Column(title, Shape.TEXT);
		}
	}

	/** The title of what is shown, e.g. the editor's name; it names the workbook's sheet and the file offered. */
	String shownTitle();

	List<Column> shownColumns();

	/** The rows as shown: after the filter, in the order shown, one text per column. */
	List<List<String>> shownRows();

	/**
	 * The rows as shown now, taken on the UI thread to be written on another: a part whose rows
	 * are read as they are needed gives rows that read themselves as the writer goes; by default
	 * they are copied.
	 */
	default Snapshot shownSnapshot() {
		List<List<String>> copy = new java.util.ArrayList<>(shownRows().size());
		for (List<String> row : shownRows()) {
			copy.add(new java.util.ArrayList<>(row));
		}
		return new Snapshot(shownTitle(), shownColumns(), copy.size(), copy);
	}

	/**
	 * What a part showed at one moment, safe to go through on any thread once.
	 *
	 * @param rows about {@code size} rows (those deleted by another desk meanwhile are left out)
	 */
	record Snapshot(String title, List<Column> columns, int size, Iterable<List<String>> rows) {
	}
}
