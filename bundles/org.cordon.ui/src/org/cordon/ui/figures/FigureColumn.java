package org.cordon.ui.figures;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a figures table: its title, how its values are shown, whether the totals row sums
 * it, and when a cell needs attention. Numeric columns flag negative values by default.
 *
 * @param warning the warning a value raises (shown after the value and in the error colour), or
 *                {@code null} for a value that needs no attention
 */
public record FigureColumn(String title, FigureKind kind, boolean totalled, Function<Object, String> warning) {

	public FigureColumn {
		Objects.requireNonNull(title);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(warning);
	}

	public static FigureColumn text(String title) {
		return new FigureColumn(title, FigureKind.TEXT, false, value -> null);
	}

	/** Whole numbers, summed in the totals row, negative values flagged. */
	public static FigureColumn count(String title) {
		return new FigureColumn(title, FigureKind.COUNT, true, FigureColumn::negative);
	}

	/** Yuan, summed in the totals row, negative values flagged. */
	public static FigureColumn yuan(String title) {
		return new FigureColumn(title, FigureKind.YUAN, true, FigureColumn::negative);
	}

	/** The same column, not summed (a count whose sum means nothing, such as a household size per row). */
	public FigureColumn notTotalled() {
		return new FigureColumn(title, kind, false, warning);
	}

	/**
	 * The same column, also flagging the values the threshold names; the threshold returns the
	 * warning text, or {@code null}.
	 */
	public FigureColumn warnWhen(Function<Object, String> threshold) {
		Function<Object, String> before = warning;
		return new FigureColumn(title, kind, totalled, value -> {
			String first = before.apply(value);
			return first != null ? first : threshold.apply(value);
		});
	}

	/** The warning for a value, or {@code null}. */
	public String warningFor(Object value) {
		return warning.apply(value);
	}

	private static String negative(Object value) {
		return value != null && FigureKind.number(value).signum() < 0 ? FigureMessages.negative : null;
	}
}
