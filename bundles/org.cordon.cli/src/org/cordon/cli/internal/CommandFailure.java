package org.cordon.cli.internal;

/**
 * What a command that failed unexpectedly says, in the words of its one sentence on stderr: any
 * exception or error the command itself did not turn into a sentence, an {@link OutOfMemoryError}
 * included. A command run of {@code bin/cordon} never ends silently: it prints its outcome, or one
 * such sentence and exits with {@link org.cordon.cli.CommandLine#FAILED}.
 */
final class CommandFailure {

	private CommandFailure() {
	}

	/** Why the work stopped, without a stop at the end, e.g. "Cordon ran out of memory (…)". */
	static String reason(Throwable failure) {
		Throwable cause = innermostError(failure);
		if (cause instanceof OutOfMemoryError memory) {
			return "Cordon ran out of memory (its Java heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MB is full"
					+ (memory.getMessage() == null || memory.getMessage().equals("Java heap space") ? "" : ": " + memory.getMessage()) + ")";
		}
		if (cause instanceof StackOverflowError) {
			return "Cordon ran out of stack (a call nested too deeply)";
		}
		String message = innermostMessage(failure);
		return message == null ? "an unexpected internal error that gave no reason" : withoutStop(message);
	}

	/** What to do about it, after a semicolon, or nothing when there is nothing to say. */
	static String remedy(Throwable failure) {
		return innermostError(failure) instanceof OutOfMemoryError
				? "; give it more memory, e.g. CORDON_VM_ARGS=-Xmx" + Math.max(2, 2 * ((Runtime.getRuntime().maxMemory() + (1 << 29)) >> 30)) + "g bin/cordon …"
				: "";
	}

	/** The sentence for a command that failed: {@code cordon: the COMMAND command failed: REASON[; REMEDY].} */
	static String sentence(String command, Throwable failure) {
		return "cordon: the " + command + " command failed: " + reason(failure) + remedy(failure) + ".";
	}

	/** An error among the causes (an OutOfMemoryError wrapped by a thread's future, say), else the failure itself. */
	private static Throwable innermostError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof Error) {
				return cause;
			}
		}
		return failure;
	}

	/**
	 * The first message from the failure inwards, past wrappers that only carry another failure (a
	 * thread's future, a reflective call) and past EclipseLink's report, whose first line names only
	 * itself: the database's own reason is further in.
	 */
	private static String innermostMessage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String message = cause.getMessage();
			boolean wrapper = cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException
					|| cause instanceof java.lang.reflect.InvocationTargetException || cause instanceof java.lang.reflect.UndeclaredThrowableException;
			if (message != null && !message.isBlank() && !(wrapper && cause.getCause() != null)
					&& !(message.startsWith("Exception [EclipseLink") && cause.getCause() != null)) {
				return message;
			}
		}
		return null;
	}

	private static String withoutStop(String message) {
		String line = message.strip().lines().findFirst().orElse("").strip();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}
}
