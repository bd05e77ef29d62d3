package org.cordon.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks every record's setters share; each failure is an {@link InvalidValueException}. */
public final class ModelRules {

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

	/** An optional text: {@code null} when blank, else stripped. */
	public static String optionalText(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
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
		if (value.stripTrailingZeros().scale() > maxScale) {
			throw new InvalidValueException(field, "scale", value.toPlainString(), maxScale);
		}
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

	/** Checks that an optional end is not before a start. */
	public static void notBefore(LocalDate end, LocalDate start, String endField, String startField) {
		if (end != null && start != null && end.isBefore(start)) {
			throw new InvalidValueException(endField, "endBeforeStart", end, startField, start);
		}
	}
}
