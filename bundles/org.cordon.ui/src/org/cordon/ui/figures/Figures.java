package org.cordon.ui.figures;

import java.util.List;

/**
 * What a figures editor shows: a heading, the columns and the rows, read at one moment.
 *
 * @param heading one line above the table saying what the figures are
 */
public record Figures(String heading, List<FigureColumn> columns, List<FigureRow> rows) {

	public Figures {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (FigureRow row : rows) {
			if (row.values().size() != columns.size()) {
				throw new IllegalArgumentException("a row of " + heading + " has " + row.values().size() + " values for "
						+ columns.size() + " columns");
			}
		}
	}
}
