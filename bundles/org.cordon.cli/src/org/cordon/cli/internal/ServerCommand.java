package org.cordon.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.OfficeServer;

/**
 * {@code cordon server start|stop}: the office's shared database on a Derby Network Server
 * (deployment.md). {@code start} runs until {@code server stop}, Ctrl+C or a signal.
 */
final class ServerCommand {

	static final String USAGE = "the server commands are 'cordon server start --port N --data DIR [--admin NAME] [--host ADDRESS]'"
			+ " and 'cordon server stop --port N [--host ADDRESS]'";

	private ServerCommand() {
	}

	static int run(CordonDatabase database, Path dataFolder, List<String> words, Credentials credentials, PrintStream out, PrintStream err) {
		if (words.isEmpty() || !(words.get(0).equals("start") || words.get(0).equals("stop"))) {
			return usage(err, USAGE);
		}
		Integer port = null;
		String host = null;
		String admin = null;
		for (int i = 1; i < words.size(); i++) {
			String option = words.get(i);
			if (i + 1 >= words.size() || !List.of("--port", "--host", "--admin").contains(option)) {
				return usage(err, "'" + option + "' is no option of 'server " + words.get(0) + "'; " + USAGE);
			}
			String value = words.get(++i);
			switch (option) {
			case "--port" -> {
				try {
					port = Integer.valueOf(value);
				} catch (NumberFormatException e) {
					port = -1;
				}
				if (port < 1 || port > 65535) {
					return usage(err, "--port needs a TCP port from 1 to 65535, not '" + value + "'");
				}
			}
			case "--host" -> host = value;
			default -> admin = value;
			}
		}
		if (port == null) {
			return usage(err, "'server " + words.get(0) + "' needs --port N (Derby's usual port is " + OfficeServer.DEFAULT_PORT + ")");
		}
		if (words.get(0).equals("stop")) {
			OfficeServer.stop(host == null ? "127.0.0.1" : host, port);
			out.println("stopped the Cordon server on port " + port);
			return CommandLine.OK;
		}
		String password = admin == null ? null : credentials.password("the administrator " + admin);
		String listenOn = host == null ? "0.0.0.0" : host;
		OfficeServer server = OfficeServer.start(database, dataFolder, listenOn, port, admin, password);
		Thread stopOnSignal = new Thread(server::close, "cordon-server-stop");
		Runtime.getRuntime().addShutdownHook(stopOnSignal);
		// Ctrl+C or a signal is how a server is stopped: not a run that broke off
		RunGuard.endsBySignal();
		out.println("Cordon server for " + dataFolder.toAbsolutePath() + " listens on " + listenOn + ":" + port + ".");
		out.println("Desks connect with: " + server.clientUrl());
		out.println("Stop it with 'cordon server stop --port " + port + "' or Ctrl+C.");
		out.flush();
		try {
			server.awaitStopped();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			server.close();
			try {
				Runtime.getRuntime().removeShutdownHook(stopOnSignal);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: a signal stopped the server
			}
		}
		out.println("the Cordon server on port " + port + " stopped");
		return CommandLine.OK;
	}

	private static int usage(PrintStream err, String message) {
		err.println("cordon: " + message + "; try 'cordon help'.");
		return CommandLine.USAGE;
	}

	/** Where a password comes from: the environment, else asked on the terminal. */
	interface Credentials {
		/**
		 * @throws IllegalStateException with a sentence when there is neither
		 */
		String password(String whose);
	}
}
