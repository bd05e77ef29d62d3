package org.cordon.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cordon.cli.CommandLine;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.diagram.render.SvgWriter;
import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramDescriptions.Contribution;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.diagram.session.OsgiServiceLookup;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.diagram.DiagramPositionService;

/** {@code cordon diagram ID --out FILE.svg|FILE.png}: a contributed diagram, laid out and drawn. */
final class DiagramCommand {

	private DiagramCommand() {
	}

	static int run(CordonDatabase database, DatabaseSettings settings, List<String> words, PrintStream out, PrintStream err) {
		String ids = DiagramDescriptions.all().stream().map(Contribution::id).collect(Collectors.joining("|"));
		if (words.size() != 3 || !words.get(1).equals("--out")) {
			return usage(err, "diagram needs a diagram and an output file, e.g. cordon diagram " + (ids.isEmpty() ? "ID" : ids)
					+ " --out FILE.svg|FILE.png");
		}
		Optional<Contribution> contribution = DiagramDescriptions.find(words.get(0));
		if (contribution.isEmpty()) {
			return usage(err, "there is no diagram '" + words.get(0) + "'" + (ids.isEmpty() ? "" : "; the diagrams are " + ids));
		}
		Path file = Path.of(words.get(2));
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean svg = name.endsWith(".svg");
		if (!svg && !name.endsWith(".png")) {
			return usage(err, "the output file must end in .svg or .png");
		}
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			err.println("cordon: the folder " + folder + " does not exist; nothing was written.");
			return CommandLine.FAILED;
		}
		database.open(settings);
		OsgiServiceLookup services = new OsgiServiceLookup();
		RepresentationDescription<?> description = contribution.get().create(services);
		DiagramSession<?> session = new DiagramSession<>(description, services.get(DiagramPositionService.class));
		session.reload();
		Drawing drawing = session.drawing();
		try {
			if (svg) {
				try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					SvgWriter.write(drawing, writer);
				}
			} else {
				double scale = PngWriter.scaleFor(drawing, 1.0);
				try (OutputStream stream = Files.newOutputStream(file)) {
					PngWriter.write(drawing, scale, stream);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
		long nodes = session.graph().nodes().size();
		out.println("drew " + description.name() + " (" + nodes + " nodes, " + session.graph().edges().size() + " edges, "
				+ session.graph().problems().size() + " problems) to " + file);
		session.graph().problems().forEach(p -> out.println(p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message()));
		return CommandLine.OK;
	}

	private static int usage(PrintStream err, String message) {
		err.println("cordon: " + message + "; try 'cordon help'.");
		return CommandLine.USAGE;
	}
}
