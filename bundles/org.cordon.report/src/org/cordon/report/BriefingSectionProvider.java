package org.cordon.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a working group contributes through {@code org.cordon.report.sections}: its notes and figures for a
 * day. The briefing service sets the id and title from the extension.
 */
public interface BriefingSectionProvider {

	/** The services a provider may read from; the OSGi service registry in a running installation. */
	interface Services {
		/** @throws IllegalStateException if no such service is registered */
		<T> T get(Class<T> type);
	}

	/** A provider's content: notes, figures, and any pictures and named lists. */
	record Content(List<String> notes, List<BriefingFigure> figures, List<BriefingImage> images, List<BriefingList> lists) {

		public Content(List<String> notes, List<BriefingFigure> figures) {
			this(notes, figures, List.of(), List.of());
		}
	}

	Content content(LocalDate day, Services services);
}
