package org.cordon.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cordon.cli.CommandLine;
import org.cordon.tests.common.OsgiServices;

/** A run of the command line service as {@code bin/cordon} would run it, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = OsgiServices.await(CommandLine.class).run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
