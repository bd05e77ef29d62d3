package org.cordon.model;

/**
 * The sentence a failure gives the user: the message of its innermost cause that has one, as the
 * causes nearer the top mostly wrap it ("could not execute", "Exception [EclipseLink-4002]"). A
 * failure without any message is named by its innermost cause's class. One rule for every
 * dialog, problem list and marker, so that they all say the same of the same failure.
 */
public final class Failures {

	private Failures() {
	}

	/** The innermost message of {@code failure}, whole. */
	public static String innermostMessage(Throwable failure) {
		Throwable said = null;
		Throwable innermost = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			innermost = cause;
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				said = cause;
			}
		}
		return said != null ? said.getMessage() : innermost.getClass().getSimpleName();
	}

	/** The first line of {@link #innermostMessage}: for a dialog, which shows no stack trace. */
	public static String firstLine(Throwable failure) {
		return innermostMessage(failure).lines().findFirst().orElse("");
	}
}
