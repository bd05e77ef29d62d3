package org.cordon.persistence.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A second JVM that boots a Derby database with Derby's own {@code ij} tool and keeps it open,
 * as another Cordon process would.
 */
final class DerbyInAnotherProcess implements AutoCloseable {

	private static final List<String> DERBY_BUNDLES = List.of("derby", "derbyshared", "derbytools");

	private final Process process;
	private final OutputStream input;

	private DerbyInAnotherProcess(Process process) {
		this.process = process;
		this.input = process.getOutputStream();
	}

	static DerbyInAnotherProcess holding(Path databaseFolder) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", derbyClasspath(), "org.apache.derby.tools.ij");
		builder.redirectErrorStream(true);
		builder.directory(databaseFolder.getParent().toFile());
		DerbyInAnotherProcess other = new DerbyInAnotherProcess(builder.start());
		other.send("connect 'jdbc:derby:" + databaseFolder + "';\nselect count(*) from SYS.SYSTABLES;\n");
		other.awaitQueryAnswer();
		return other;
	}

	private void send(String commands) throws IOException {
		input.write(commands.getBytes(StandardCharsets.UTF_8));
		input.flush();
	}

	/** Waits until ij has answered the query, so the database is booted and locked. */
	private void awaitQueryAnswer() throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = output.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.contains("ERROR")) {
				throw new IllegalStateException("ij could not open the database:\n" + seen);
			}
			if (line.startsWith("-----")) {
				// the next line holds the count
				String count = output.readLine();
				seen.append(count).append('\n');
				return;
			}
		}
		throw new IllegalStateException("ij ended before opening the database:\n" + seen);
	}

	private static String derbyClasspath() {
		List<String> jars = new ArrayList<>();
		Bundle[] bundles = FrameworkUtil.getBundle(DerbyInAnotherProcess.class).getBundleContext().getBundles();
		for (String name : DERBY_BUNDLES) {
			for (Bundle bundle : bundles) {
				if (name.equals(bundle.getSymbolicName())) {
					File jar = FileLocator.getBundleFileLocation(bundle)
							.orElseThrow(() -> new IllegalStateException("no file for bundle " + name));
					jars.add(jar.getAbsolutePath());
				}
			}
		}
		if (jars.size() != DERBY_BUNDLES.size()) {
			throw new IllegalStateException("expected the Derby bundles " + DERBY_BUNDLES + " in the test runtime, found " + jars);
		}
		return jars.stream().collect(Collectors.joining(File.pathSeparator));
	}

	@Override
	public void close() throws Exception {
		try {
			send("exit;\n");
		} catch (IOException alreadyGone) {
			// it ended by itself
		}
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
