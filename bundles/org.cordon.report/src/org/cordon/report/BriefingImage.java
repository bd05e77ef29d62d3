package org.cordon.report;

import java.util.Objects;

/**
 * A picture in the briefing: a chart or a diagram, as PNG. The HTML embeds it as a data: URI, the PDF scales it
 * to the page's width.
 *
 * @param caption what it shows, printed under it
 * @param png     the PNG file's bytes
 * @param width   its width in pixels
 * @param height  its height in pixels
 */
public record BriefingImage(String caption, byte[] png, int width, int height) {

	public BriefingImage {
		Objects.requireNonNull(caption, "caption");
		Objects.requireNonNull(png, "png");
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("the image " + caption + " has no area: " + width + " × " + height);
		}
	}
}
