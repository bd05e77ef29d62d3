package org.cordon.ui.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row of figures: a value per column, {@code null} where there is none. */
public record FigureRow(List<Object> values) {

	public FigureRow {
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}

	public static FigureRow of(Object... values) {
		List<Object> list = new ArrayList<>(values.length);
		Collections.addAll(list, values);
		return new FigureRow(list);
	}

	public Object value(int column) {
		return column < values.size() ? values.get(column) : null;
	}
}
