package org.cordon.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks every record's setters share; each failure is an {@link InvalidValueException}. */
public final class ModelRules {

	/** Yuan are stored with 12 digits before the decimal point and exactly 2 after. */
	public static final int YUAN_PRECISION = 14;
	public static final int YUAN_SCALE = 2;

	private ModelRules() {
	}

	public static <T> T required(T value, String field) {
		if (value == null) {
			throw new InvalidValueException(field, "required");
		}
		return value;
	}

	/** A required text, stripped of surrounding blanks. */
	public static String requiredText(String value, String field) {
		if (value == null) {
			throw new InvalidValueException(field, "required");
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			throw new InvalidValueException(field, "blank");
		}
		return stripped;
	}

	/** A required text, stripped, that fits a column of {@code maxLength} characters. */
	public static String requiredText(String value, int maxLength, String field) {
		return maxLength(requiredText(value, field), maxLength, field);
	}

	/** An optional text: {@code null} when blank, else stripped. */
	public static String optionalText(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	/** An optional text: {@code null} when blank, else stripped and no longer than {@code maxLength}. */
	public static String optionalText(String value, int maxLength, String field) {
		String stripped = optionalText(value);
		return stripped == null ? null : maxLength(stripped, maxLength, field);
	}

	private static String maxLength(String value, int maxLength, String field) {
		if (value.length() > maxLength) {
			throw new InvalidValueException(field, "tooLong", value.length(), maxLength);
		}
		return value;
	}

	public static int count(int value, String field) {
		if (value < 0) {
			throw new InvalidValueException(field, "negative", value);
		}
		return value;
	}

	public static int range(int value, int min, int max, String field) {
		if (value < min || value > max) {
			throw new InvalidValueException(field, "range", value, min, max);
		}
		return value;
	}

	/** A required amount of 0 or more with at most {@code maxScale} decimal places. */
	public static BigDecimal amount(BigDecimal value, int maxScale, String field) {
		required(value, field);
		if (value.signum() < 0) {
			throw new InvalidValueException(field, "negative", value.toPlainString());
		}
		scale(value, maxScale, field);
		return value;
	}

	/** A required amount above 0 with at most {@code maxScale} decimal places. */
	public static BigDecimal positiveAmount(BigDecimal value, int maxScale, String field) {
		amount(value, maxScale, field);
		if (value.signum() == 0) {
			throw new InvalidValueException(field, "notPositive", value.toPlainString());
		}
		return value;
	}

	/** A required decimal from {@code min} to {@code max} with at most {@code maxScale} decimal places. */
	public static BigDecimal range(BigDecimal value, BigDecimal min, BigDecimal max, int maxScale, String field) {
		required(value, field);
		scale(value, maxScale, field);
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new InvalidValueException(field, "range", value.toPlainString(), min.toPlainString(), max.toPlainString());
		}
		return value;
	}

	/**
	 * The value with exactly {@code scale} decimal places, as its column stores it, after
	 * checking it has no more and fits a column of {@code precision} digits.
	 */
	public static BigDecimal fitColumn(BigDecimal value, int precision, int scale, String field) {
		scale(value, scale, field);
		BigDecimal stored = value.setScale(scale);
		int integerDigits = precision - scale;
		if (stored.precision() - stored.scale() > integerDigits) {
			throw new InvalidValueException(field, "tooLarge", value.toPlainString(), integerDigits);
		}
		return stored;
	}

	private static void scale(BigDecimal value, int maxScale, String field) {
		if (value.stripTrailingZeros().scale() > maxScale) {
			throw new InvalidValueException(field, "scale", value.toPlainString(), maxScale);
		}
	}

	/** Checks that an optional end is not before a start. */
	public static void notBefore(LocalDate end, LocalDate start, String endField, String startField) {
		if (end != null && start != null && end.isBefore(start)) {
			throw new InvalidValueException(endField, "endBeforeStart", end, startField, start);
		}
	}
}
