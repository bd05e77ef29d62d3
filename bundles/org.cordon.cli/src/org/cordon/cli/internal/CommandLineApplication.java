package org.cordon.cli.internal;

import java.io.IOException;
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
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CommandLine, CommandLine> tracker = new ServiceTracker<>(bundleContext, CommandLine.class, null);
		tracker.open();
		try {
			CommandLine commandLine = tracker.waitForService(SERVICE_TIMEOUT_MS);
			if (commandLine == null) {
				System.err.println("cordon: the command line service did not start; the installation is incomplete.");
				return CommandLine.FAILED;
			}
			int status = commandLine.run(arguments == null ? List.of() : List.of(arguments), System.out, System.err);
			if (status == CommandLine.OK) {
				markClassArchiveGood();
			}
			return status;
		} finally {
			tracker.close();
			System.out.flush();
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
