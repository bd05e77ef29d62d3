package org.cordon.persistence;

/**
 * The database cannot be opened or used, for a reason the user can act on. The message is one
 * sentence meant to be shown as it is, in a dialog or on stderr.
 */
public class DatabaseUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DatabaseUnavailableException(String userMessage, Throwable cause) {
		super(userMessage, cause);
	}

	public DatabaseUnavailableException(String userMessage) {
		super(userMessage);
	}
}
