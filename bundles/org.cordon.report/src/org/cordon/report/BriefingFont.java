package org.cordon.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CJK font the PDF embeds. It is not shipped inside Cordon: it comes from the Debian package
 * fonts-wqy-microhei (WenQuanYi Micro Hei, Apache 2.0 or GPLv3 with the font exception, so it may be
 * embedded in documents we hand out), which CI installs and docs/briefing.md asks installations to install.
 * The system property {@value #PROPERTY} names another TrueType font (.ttf, or .ttc for its first face).
 */
public final class BriefingFont {

	public static final String PROPERTY = "cordon.briefing.font";

	static final List<Path> DEBIAN_LOCATIONS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

	private BriefingFont() {
	}

	/** @throws IllegalStateException with what to install, when no font is found */
	public static Path locate() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path file = Path.of(configured);
			if (!Files.isRegularFile(file)) {
				throw new IllegalStateException("the font " + file + " named by -D" + PROPERTY + " does not exist");
			}
			return file;
		}
		return DEBIAN_LOCATIONS.stream().filter(Files::isRegularFile).findFirst()
				.orElseThrow(() -> new IllegalStateException("the PDF needs a Chinese font and none is installed: install the package "
						+ "fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or name a .ttf/.ttc font with -D" + PROPERTY));
	}
}
