package org.cordon.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The {@code bin/cordon} commands. Arguments are the words after {@code bin/cordon}; the result is
 * the process exit code: 0 done, 1 the work failed for a reason stated on {@code err}, 2 the
 * command was not understood.
 */
public interface CommandLine {

	int OK = 0;
	int FAILED = 1;
	int USAGE = 2;

	int run(List<String> arguments, PrintStream out, PrintStream err);
}
