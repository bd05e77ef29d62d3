package org.cordon.io.transfer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The cell types of Cordon's CSV formats (see docs/csv-formats.md). */
public final class Cells {

	// Codes, whole numbers and dates are checked character by character rather than with patterns:
	// a million-row import checks five cells a row, and a matcher per cell was a third of the check.
	private static final int MAX_CODE = 64;
	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
	private static final int MAX_TEXT = 2000;

	private Cells() {
	}

	/** Free text: any characters but control characters, up to 2000 of them. */
	public static final class TextCell implements CellType<String> {
		private TextCell() {
		}

		@Override
		public String parse(String text) throws CellException {
			if (text.length() > MAX_TEXT) {
				throw new CellException("tooLong", text.length(), MAX_TEXT);
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isISOControl(c) && c != '\n' && c != '\t') {
					throw new CellException("controlCharacter", String.format("%04X", (int) c));
				}
			}
			return text;
		}

		@Override
		public String format(String value) {
			return value;
		}
	}

	private static final TextCell TEXT = new TextCell();

	public static CellType<String> text() {
		return TEXT;
	}

	/** [A-Za-z0-9._-]{1,64} */
	private static boolean isCode(String text) {
		if (text.isEmpty() || text.length() > MAX_CODE) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	/** -?[0-9]+ */
	private static boolean isWhole(String text) {
		int start = text.startsWith("-") ? 1 : 0;
		return text.length() > start && digits(text, start, text.length());
	}

	/** Whether {@code text} holds only the digits 0 to 9 from {@code start} to {@code end}. */
	private static boolean digits(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public static CellType<String> code() {
		return new CellType<>() {
			@Override
			public String parse(String text) throws CellException {
				if (!isCode(text)) {
					throw new CellException("notCode", shown(text));
				}
				return text;
			}

			@Override
			public String format(String value) {
				return value;
			}

			@Override
			public Shape shape() {
				return Shape.CODE;
			}
		};
	}

	/** A whole number from 0 to 2147483647. */
	public static CellType<Integer> count() {
		return range(0, Integer.MAX_VALUE);
	}

	public static CellType<Integer> range(int min, int max) {
		return new CellType<>() {
			@Override
			public Integer parse(String text) throws CellException {
				if (!isWhole(text)) {
					throw new CellException("notWhole", shown(text));
				}
				long value;
				try {
					value = Long.parseLong(text);
				} catch (NumberFormatException e) {
					throw new CellException("tooLarge", shown(text));
				}
				if (value < 0 && min >= 0) {
					throw new CellException("negativeCount", shown(text));
				}
				if (value < min || value > max) {
					throw new CellException("outside", shown(text), min, max);
				}
				return (int) value;
			}

			@Override
			public String format(Integer value) {
				return value.toString();
			}

			@Override
			public Shape shape() {
				return Shape.WHOLE;
			}
		};
	}

	/**
	 * A decimal of 0 or more with at most {@code maxScale} places, written with exactly
	 * {@code exportScale} places, or without trailing zeros when {@code exportScale} is negative.
	 */
	public static CellType<BigDecimal> decimal(int maxScale, int exportScale) {
		return new CellType<>() {
			@Override
			public BigDecimal parse(String text) throws CellException {
				if (!DECIMAL.matcher(text).matches() || text.length() > 30) {
					throw new CellException("notNumber", shown(text));
				}
				BigDecimal value = new BigDecimal(text);
				if (value.signum() < 0) {
					throw new CellException("negative", shown(text));
				}
				if (value.stripTrailingZeros().scale() > maxScale) {
					throw new CellException("scale", shown(text), maxScale);
				}
				return value;
			}

			@Override
			public String format(BigDecimal value) {
				if (exportScale >= 0) {
					return value.setScale(exportScale).toPlainString();
				}
				BigDecimal stripped = value.stripTrailingZeros();
				return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
			}

			@Override
			public Shape shape() {
				return Shape.DECIMAL;
			}
		};
	}

	/** Yuan: at most 2 decimal places, written with exactly 2. */
	public static CellType<BigDecimal> yuan() {
		return decimal(2, 2);
	}

	public static CellType<LocalDate> date() {
		return new CellType<>() {
			@Override
			public LocalDate parse(String text) throws CellException {
				// yyyy-mm-dd
				if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !digits(text, 0, 4) || !digits(text, 5, 7)
						|| !digits(text, 8, 10)) {
					throw new CellException("notDate", shown(text));
				}
				try {
					return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
				} catch (DateTimeException e) {
					throw new CellException("noSuchDate", shown(text));
				}
			}

			@Override
			public String format(LocalDate value) {
				return value.toString();
			}

			@Override
			public Shape shape() {
				return Shape.DATE;
			}
		};
	}

	public static CellType<Boolean> bool() {
		return new CellType<>() {
			@Override
			public Boolean parse(String text) throws CellException {
				return switch (text) {
				case "yes" -> Boolean.TRUE;
				case "no" -> Boolean.FALSE;
				default -> throw new CellException("notYesNo", shown(text));
				};
			}

			@Override
			public String format(Boolean value) {
				return value ? "yes" : "no";
			}

			@Override
			public List<String> choices() {
				return List.of("yes", "no");
			}

			@Override
			public Shape shape() {
				return Shape.YES_NO;
			}
		};
	}

	/** One of an enumeration's constants, written in lower case ({@code MIGRANT_WORKER} is {@code migrant_worker}). */
	public static <E extends Enum<E>> CellType<E> choice(Class<E> type) {
		return new CellType<>() {
			@Override
			public E parse(String text) throws CellException {
				for (E constant : type.getEnumConstants()) {
					if (word(constant).equals(text)) {
						return constant;
					}
				}
				throw new CellException("notChoice", shown(text), Arrays.stream(type.getEnumConstants()).map(Cells::word)
						.collect(Collectors.joining(", ")));
			}

			@Override
			public String format(E value) {
				return word(value);
			}

			@Override
			public List<String> choices() {
				return Arrays.stream(type.getEnumConstants()).map(Cells::word).toList();
			}

			@Override
			public Shape shape() {
				return Shape.CHOICE;
			}

			@Override
			public List<E> constants() {
				return List.of(type.getEnumConstants());
			}
		};
	}

	public static String word(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** A value as problem messages show it: quoted, at most 40 characters, line breaks visible. */
	public static String quote(String text) {
		return "\"" + shown(text) + "\"";
	}

	/** A value as a message shows it: at most 40 characters, line breaks visible. */
	static String shown(String text) {
		String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
		return shown.replace("\n", "\\n").replace("\r", "\\r");
	}
}
