package org.cordon.ui.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a column's values are shown, sorted, summed and exported. */
public enum FigureKind {

	/** Words and codes, left-aligned; not summed. */
	TEXT,
	/** Whole numbers with grouping, e.g. {@code 67,000}; right-aligned. */
	COUNT,
	/** Yuan with two decimals and grouping, e.g. {@code 3,704,738.00}; right-aligned. */
	YUAN;

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

	public boolean numeric() {
		return this != TEXT;
	}

	/** The value as the table shows it; an absent value is empty. */
	public String format(Object value) {
		if (value == null) {
			return "";
		}
		return switch (this) {
		case TEXT -> value.toString();
		case COUNT -> new DecimalFormat("#,##0", SYMBOLS).format(number(value));
		case YUAN -> new DecimalFormat("#,##0.00", SYMBOLS).format(number(value));
		};
	}

	/** The value as a CSV export writes it: numbers without grouping, yuan with exactly two decimals. */
	public String export(Object value) {
		if (value == null) {
			return "";
		}
		return switch (this) {
		case TEXT -> value.toString();
		case COUNT -> number(value).toPlainString();
		case YUAN -> number(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
		};
	}

	/** A numeric value as a decimal; {@code 0} for none. */
	static BigDecimal number(Object value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		throw new IllegalArgumentException("not a number: " + value);
	}
}
