package org.cordon.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cordon.cli.CommandLine;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Equinox application behind {@code bin/cordon}: hands the arguments to the command line service. */
public class CommandLineApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		RunGuard guard = RunGuard.watch(System.err);
		try {
			int status = run(this::commandLine, arguments == null ? List.of() : List.of(arguments), System.out, System.err);
			if (status == CommandLine.OK) {
				markClassArchiveGood();
			}
			return status;
		} finally {
			guard.finished();
		}
	}

	/** The command line service, or null when it did not start in time. */
	private CommandLine commandLine() throws InterruptedException {
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CommandLine, CommandLine> tracker = new ServiceTracker<>(bundleContext, CommandLine.class, null);
		tracker.open();
		try {
			return tracker.waitForService(SERVICE_TIMEOUT_MS);
		} finally {
			tracker.close();
		}
	}

	/** Where the command line service comes from. */
	@FunctionalInterface
	interface CommandLineSource {
		CommandLine get() throws Exception;
	}

	/**
	 * Runs one command and returns its exit status. Whatever it does not handle itself, an
	 * {@link Error} such as {@link OutOfMemoryError} included, ends in one sentence on {@code err}
	 * and {@link CommandLine#FAILED}: Equinox would only write it to the log of the configuration
	 * area and end the process with 0, as if the command had done its work.
	 */
	static int run(CommandLineSource source, List<String> arguments, PrintStream out, PrintStream err) {
		try {
			CommandLine commandLine = source.get();
			if (commandLine == null) {
				err.println("cordon: the command line service did not start; the installation is incomplete.");
				return CommandLine.FAILED;
			}
			return commandLine.run(arguments, out, err);
		} catch (Throwable failure) {
			err.println("cordon: the command failed: " + CommandFailure.reason(failure) + CommandFailure.remedy(failure) + ".");
			return CommandLine.FAILED;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * A run of {@code bin/cordon} that writes an archive of classes (class-data sharing) is the
	 * process itself, so that killing it kills Java; the next start takes the archive into use only
	 * when this marker says the command ended well (cordon-launch.sh).
	 */
	private static void markClassArchiveGood() {
		String marker = System.getProperty("cordon.cds.ok");
		if (marker != null) {
			try {
				Files.writeString(Path.of(marker), "");
			} catch (IOException | RuntimeException e) {
				// Without the marker the archive is only written again by the next run.
			}
		}
	}

	@Override
	public void stop() {
		// The commands are short; the framework shutting down ends them.
	}
}
