package org.cordon.io.xlsx;

/** More rows than an Excel sheet holds; the workbook is not written. */
public class SheetFullException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SheetFullException(int maxRows) {
		super("an Excel sheet holds at most " + maxRows + " rows; export these records to CSV instead");
	}
}
