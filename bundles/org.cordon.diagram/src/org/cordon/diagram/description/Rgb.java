package org.cordon.diagram.description;

/** A colour as red, green and blue from 0 to 255. */
public record Rgb(int red, int green, int blue) {

	public static final Rgb BLACK = new Rgb(0, 0, 0);
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	public Rgb {
		if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
			throw new IllegalArgumentException("colour components run from 0 to 255: " + red + "," + green + "," + blue);
		}
	}

	/** Parses {@code #RRGGBB}. */
	public static Rgb hex(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("a colour is written #RRGGBB, not " + hex);
		}
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	public String toHex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}
}
