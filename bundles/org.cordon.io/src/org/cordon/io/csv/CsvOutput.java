package org.cordon.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.cordon.io.file.PartialFile;

/**
 * Writes a CSV file in Cordon's format (UTF-8 without BOM, LF, quotes only where needed). The
 * file appears only when complete: it is written beside the target and moved into place.
 */
public final class CsvOutput implements org.cordon.io.file.RowWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL)
			.get();

	private final PartialFile file;
	private final CSVPrinter printer;
	private boolean complete;
	private int rows;

	private CsvOutput(Path target, List<String> header) throws IOException {
		this.file = PartialFile.beside(target);
		Writer writer = new BufferedWriter(Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8), 1 << 16);
		this.printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(header);
	}

	public static CsvOutput create(Path target, List<String> header) {
		try {
			return new CsvOutput(target, header);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void row(List<String> cells) {
		try {
			printer.printRecord(cells);
			rows++;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file.target() + ": " + e.getMessage(), e);
		}
	}

	/** The data rows written so far (the header not counted). */
	@Override
	public int rowCount() {
		return rows;
	}

	/** Marks the file complete; {@link #close()} then moves it into place. */
	@Override
	public void complete() {
		complete = true;
	}

	@Override
	public void close() {
		try (file) {
			printer.close();
			if (complete) {
				file.moveIntoPlace();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file.target() + ": " + e.getMessage(), e);
		}
	}
}
