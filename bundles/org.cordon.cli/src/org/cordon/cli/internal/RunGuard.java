package org.cordon.cli.internal;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.cordon.cli.CommandLine;

/**
 * Watches one run of {@code bin/cordon} for an end without its outcome: when the process shuts
 * down while the command has neither returned nor failed (something called {@code System.exit},
 * the framework stopped under it, a signal arrived), it says so in one sentence on stderr and ends
 * the process with {@link CommandLine#FAILED}, so that such a run is never taken for one that
 * succeeded. A command whose normal end is a signal ({@code server start}) says so with
 * {@link #endsBySignal()}.
 */
final class RunGuard {

	/** What a run stopped before its end says: an import prints a line for each file it committed, nothing else went in. */
	static final String SENTENCE = "cordon: the command was stopped before it finished (the process was told to end while it ran);"
			+ " only what it reported done is done.";

	private static volatile RunGuard current;

	private final PrintStream err;
	private final IntConsumer halt;
	private final Thread hook;
	private volatile boolean finished;
	private volatile boolean endsBySignal;

	RunGuard(PrintStream err, IntConsumer halt) {
		this.err = err;
		this.halt = halt;
		this.hook = new Thread(this::processEnds, "cordon-run-guard");
	}

	/** Watches the run from now until {@link #finished()}. */
	static RunGuard watch(PrintStream err) {
		RunGuard guard = new RunGuard(err, status -> Runtime.getRuntime().halt(status));
		Runtime.getRuntime().addShutdownHook(guard.hook);
		current = guard;
		return guard;
	}

	/** For the command that runs: from now on a signal is its normal end (a server that runs until stopped). */
	static void endsBySignal() {
		RunGuard guard = current;
		if (guard != null) {
			guard.endsBySignal = true;
		}
	}

	/** The command returned or failed and said so: the process may end as it likes. */
	void finished() {
		finished = true;
		if (current == this) {
			current = null;
		}
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
			// the hook runs, and sees the run finished
		}
	}

	/** The shutdown hook: the process ends; was the command done? */
	void processEnds() {
		if (finished || endsBySignal) {
			return;
		}
		err.println(SENTENCE);
		err.flush();
		halt.accept(CommandLine.FAILED);
	}
}
