package org.cordon.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cordon.cli.CommandLine;
import org.cordon.tests.common.OsgiServices;

/**
 * {@code bin/cordon server start} for the office, run in the background on the loopback address,
 * with its administrator {@code office} and the URL desks connect with once it says so.
 */
final class ServerRun {

	private static final Pattern URL_LINE = Pattern.compile("Desks connect with: (\\S+)\n");

	final CompletableFuture<Integer> exit;
	final String url;
	private final ByteArrayOutputStream out;
	private final ByteArrayOutputStream err;

	private ServerRun(CompletableFuture<Integer> exit, ByteArrayOutputStream out, ByteArrayOutputStream err) throws InterruptedException {
		this.exit = exit;
		this.out = out;
		this.err = err;
		this.url = awaitUrl();
	}

	/** Starts the server on {@code data} and waits (two minutes at most) for the URL it prints. */
	static ServerRun start(Path data, int port) throws InterruptedException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> OsgiServices.await(CommandLine.class).run(
				List.of("server", "start", "--port", Integer.toString(port), "--data", data.toString(), "--admin", "office", "--host", "127.0.0.1"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new ServerRun(exit, out, err);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String awaitUrl() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			Matcher found = URL_LINE.matcher(out());
			if (found.find()) {
				return found.group(1);
			}
			if (exit.isDone()) {
				throw new AssertionError("the server command ended early: " + exit.join() + "\n" + out());
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the server printed no URL within two minutes:\n" + out());
	}
}
