package org.cordon.services.records;

/**
 * The user may not change these records: the organisation chart does not give them the right.
 * The message is one sentence that says who may.
 */
public class AccessRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AccessRefusedException(String message) {
		super(message);
	}
}
