package org.cordon.report.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.cordon.report.Briefing;
import org.cordon.report.BriefingFont;
import org.cordon.report.BriefingService;
import org.cordon.report.HtmlBriefingWriter;
import org.cordon.report.PdfBriefingWriter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Writes a briefing to its file, reporting progress; the file appears whole or not at all. */
final class BriefingExport {

	private BriefingExport() {
	}

	static void write(BriefingService service, BriefingRequest request, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Briefing_writing, request.day()), 10);
		// Before the database work: without a Chinese font a PDF cannot be written at all.
		Path font = request.format() == BriefingRequest.Format.PDF ? BriefingFont.locate() : null;
		progress.subTask(Messages.Briefing_reading);
		Briefing briefing = service.briefing(request.day());
		progress.worked(7);
		progress.subTask(request.file().toString());
		Path folder = request.file().toAbsolutePath().getParent();
		try {
			// Not createTempFile: its owner-only permissions would stay on the briefing, which is meant to be handed on.
			Path partial = folder.resolve("." + request.file().getFileName() + ".part");
			try {
				if (font != null) {
					try (OutputStream out = Files.newOutputStream(partial)) {
						PdfBriefingWriter.write(briefing, out, font);
					}
				} else {
					try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
						HtmlBriefingWriter.write(briefing, out);
					}
				}
				Files.move(partial, request.file(), StandardCopyOption.REPLACE_EXISTING);
			} finally {
				Files.deleteIfExists(partial);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + request.file() + ": " + e.getMessage(), e);
		}
		progress.worked(3);
	}
}
