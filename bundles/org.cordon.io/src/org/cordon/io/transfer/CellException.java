package org.cordon.io.transfer;

/** A cell that cannot be read as its column's type; the message is the reason, for the problem list. */
public class CellException extends Exception {

	private static final long serialVersionUID = 1L;

	public CellException(String reason) {
		super(reason);
	}
}
