package org.cordon.diagram.layout;

/**
 * Sizes of labels, estimated from their characters rather than measured with a font: the layout
 * must give the same coordinates with or without a display, on any machine. Han characters and
 * other wide forms take a full em, the rest about six tenths of one, which is what the sans-serif
 * fonts the renderers ask for come close to.
 */
public final class TextMetrics {

	private TextMetrics() {
	}

	public static double lineHeight(int fontSize) {
		return Math.ceil(fontSize * 1.35);
	}

	/** Width of the widest line of a label. */
	public static double width(String text, int fontSize) {
		double widest = 0;
		for (String line : lines(text)) {
			double width = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				width += isWide(codePoint) ? 1.0 : 0.6;
				i += Character.charCount(codePoint);
			}
			widest = Math.max(widest, width * fontSize);
		}
		return Math.ceil(widest);
	}

	public static double height(String text, int fontSize) {
		return lines(text).length * lineHeight(fontSize);
	}

	public static String[] lines(String text) {
		return text == null || text.isEmpty() ? new String[] { "" } : text.split("\n", -1);
	}

	static boolean isWide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| codePoint >= 0x3000 && codePoint <= 0x303f || codePoint >= 0xff00 && codePoint <= 0xffef;
	}
}
