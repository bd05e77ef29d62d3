package org.cordon.diagram.description;

/**
 * How an element is drawn. Conditional styles derive from a mapping's style with the
 * {@code with…} methods, so they change only what they are about.
 */
public record Style(Rgb fill, Rgb border, Rgb text, double borderWidth, double cornerRadius, int fontSize,
		boolean bold, boolean dashed) {

	public static final Style NODE = new Style(Rgb.hex("#f4f6fb"), Rgb.hex("#5b6b8c"), Rgb.hex("#1d2433"), 1, 6, 12, false, false);
	public static final Style CONTAINER = new Style(Rgb.hex("#fbfbf7"), Rgb.hex("#8c8a7a"), Rgb.hex("#3d3b30"), 1.2, 10, 13, true, false);
	public static final Style EDGE = new Style(null, Rgb.hex("#7a869e"), Rgb.hex("#404a5e"), 1, 0, 10, false, false);

	public Style {
		if (borderWidth < 0 || cornerRadius < 0 || fontSize < 4) {
			throw new IllegalArgumentException("a style needs a border width and radius of 0 or more and a font of 4 points or more");
		}
	}

	public Style withFill(Rgb newFill) {
		return new Style(newFill, border, text, borderWidth, cornerRadius, fontSize, bold, dashed);
	}

	public Style withBorder(Rgb newBorder, double newWidth) {
		return new Style(fill, newBorder, text, newWidth, cornerRadius, fontSize, bold, dashed);
	}

	public Style withText(Rgb newText) {
		return new Style(fill, border, newText, borderWidth, cornerRadius, fontSize, bold, dashed);
	}

	public Style withFont(int newSize, boolean newBold) {
		return new Style(fill, border, text, borderWidth, cornerRadius, newSize, newBold, dashed);
	}

	public Style withDashes(boolean newDashed) {
		return new Style(fill, border, text, borderWidth, cornerRadius, fontSize, bold, newDashed);
	}

	public Style withCornerRadius(double newRadius) {
		return new Style(fill, border, text, borderWidth, newRadius, fontSize, bold, dashed);
	}
}
