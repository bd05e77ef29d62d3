package org.cordon.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.model.Failures;

/**
 * A CSV file in Cordon's format, read strictly: UTF-8 (a BOM is skipped), the exact header,
 * {@code #} comment lines and empty lines ignored, and each row's physical line number kept for
 * error messages.
 */
public final class CsvFile implements org.cordon.io.file.RecordFile {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(false).get();

	private final String name;
	private final String text;
	private final int[] lineStarts;

	private CsvFile(String name, String text) {
		this.name = name;
		this.text = text;
		this.lineStarts = lineStarts(text);
	}

	/**
	 * Reads the file as text.
	 *
	 * @throws CsvImportException when it cannot be read or is not UTF-8
	 */
	public static CsvFile read(Path file) {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new CsvImportException(List.of(new CsvProblem(name, 0, "file", "there is no such file: " + file)));
		} catch (IOException e) {
			throw new CsvImportException(List.of(new CsvProblem(name, 0, "file", "cannot be read: " + e.getMessage())));
		}
		return new CsvFile(name, decode(name, bytes));
	}

	public static CsvFile of(String name, String text) {
		return new CsvFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private static String decode(String name, byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			CharBuffer chars = decoder.decode(input);
			return chars.toString();
		} catch (MalformedInputException e) {
			int bad = firstMalformedByte(bytes, start);
			long line = 1;
			for (int i = start; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new CsvImportException(List.of(new CsvProblem(name, line, "file", "is not valid UTF-8 (byte " + (bad + 1)
					+ "); save it as UTF-8")));
		} catch (CharacterCodingException e) {
			throw new CsvImportException(List.of(new CsvProblem(name, 1, "file", "is not valid UTF-8; save it as UTF-8")));
		}
	}

	private static int firstMalformedByte(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer output = CharBuffer.allocate(bytes.length + 1);
		decoder.decode(input, output, true);
		return input.position();
	}

	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	@Override
	public String name() {
		return name;
	}

	/** How many lines the text has (a last line ended by a line break counts as one more, empty). */
	public int lineCount() {
		return lineStarts.length;
	}

	@Override
	public int sizeHint() {
		return lineCount();
	}

	private long lineOf(long characterPosition) {
		int index = Arrays.binarySearch(lineStarts, (int) characterPosition);
		return (index >= 0 ? index : -index - 2) + 1L;
	}

	/**
	 * The line a record starts on. Commons CSV reports a record's position before the comment and
	 * empty lines that precede it; a record itself never starts with '#' nor is empty, so skip those.
	 */
	private long recordLine(long characterPosition) {
		int line = (int) lineOf(characterPosition);
		while (line < lineStarts.length && isCommentOrEmpty(line)) {
			line++;
		}
		return line;
	}

	private long nextRecordLine(long from) {
		int line = (int) Math.max(1, from);
		while (line < lineStarts.length && isCommentOrEmpty(line)) {
			line++;
		}
		return line;
	}

	private static String wellFormednessProblem(Exception e) {
		String message = Failures.innermostMessage(e);
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a quote is opened and never closed";
		}
		if (message.contains("invalid char between encapsulated token and delimiter")) {
			return "text follows a closing quote; a quote inside a quoted cell is written twice";
		}
		return message.replaceAll("\\(line \\d+\\)|\\(startline \\d+\\)", "").strip();
	}

	private boolean isCommentOrEmpty(int line) {
		int start = lineStarts[line - 1];
		int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
		if (start >= end || (start == end - 1 && text.charAt(start) == '\r')) {
			return true;
		}
		return text.charAt(start) == '#';
	}

	/**
	 * Checks the header and hands every data row to the consumer, in order.
	 *
	 * @throws CsvImportException when the header is not the expected one, or the file is not well-formed CSV
	 */
	@Override
	public void rows(List<String> expectedHeader, Consumer<CsvRow> consumer) {
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new CsvImportException(List.of(new CsvProblem(name, 1, "header",
						"the file is empty; the first line must be the header " + String.join(",", expectedHeader))));
			}
			CSVRecord header = records.next();
			List<String> found = header.toList();
			if (!found.equals(expectedHeader)) {
				throw new CsvImportException(List.of(new CsvProblem(name, lineOf(header.getCharacterPosition()), "header",
						"expected " + String.join(",", expectedHeader) + " but found " + String.join(",", found))));
			}
			while (true) {
				CSVRecord record;
				long linesRead = parser.getCurrentLineNumber();
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				} catch (UncheckedIOException | IllegalStateException e) {
					// Name the line the broken record starts on, not where the parser gave up.
					throw new CsvImportException(List.of(new CsvProblem(name, nextRecordLine(linesRead + 1), "row",
							"is not well-formed CSV: " + wellFormednessProblem(e))));
				}
				consumer.accept(new CsvRow(recordLine(record.getCharacterPosition()), record.values()));
			}
		} catch (IOException e) {
			throw new CsvImportException(List.of(new CsvProblem(name, 0, "file", "cannot be parsed: " + e.getMessage())));
		}
	}
}
