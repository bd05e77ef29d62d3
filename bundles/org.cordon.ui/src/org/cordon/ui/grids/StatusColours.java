package org.cordon.ui.grids;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colours of the cell statuses; light backgrounds, so the text (which also names the status) stays readable. */
final class StatusColours {

	private static final String MISSING = "org.cordon.ui.grids.missing";
	private static final String INCOMPLETE = "org.cordon.ui.grids.incomplete";
	private static final String ZERO = "org.cordon.ui.grids.zero";
	private static final String COMPLETE = "org.cordon.ui.grids.complete";
	private static final String MISSING_TEXT = "org.cordon.ui.grids.missingText";

	private StatusColours() {
	}

	private static Color colour(String key, RGB rgb) {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		if (!registry.hasValueFor(key)) {
			registry.put(key, rgb);
		}
		return registry.get(key);
	}

	static Color background(CellStatus status) {
		return switch (status) {
		case MISSING -> colour(MISSING, new RGB(255, 205, 205));
		case INCOMPLETE -> colour(INCOMPLETE, new RGB(255, 235, 170));
		case ZERO -> colour(ZERO, new RGB(225, 242, 225));
		case COMPLETE -> colour(COMPLETE, new RGB(225, 242, 225));
		default -> null;
		};
	}

	static Color foreground(CellStatus status) {
		return switch (status) {
		case FEVER -> JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR);
		// dark red: the error colour itself is too faint on the light red background
		case MISSING -> colour(MISSING_TEXT, new RGB(150, 0, 0));
		default -> null;
		};
	}
}
