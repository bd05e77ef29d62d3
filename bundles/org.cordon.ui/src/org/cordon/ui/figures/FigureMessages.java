package org.cordon.ui.figures;

import org.eclipse.osgi.util.NLS;

/**
 * The figures views' words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}).
 * Headings, column titles and warnings of a view are its group bundle's own words.
 */
public final class FigureMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.figures.messages";

	public static String filterRows;
	public static String refresh;
	public static String refreshTip;
	public static String readAt;
	public static String reading;
	public static String readingJob;
	public static String cannotRead;
	public static String totalOneRow;
	public static String totalRows;
	public static String rows;
	public static String rowsOf;
	public static String negative;

	static {
		NLS.initializeMessages(BUNDLE_NAME, FigureMessages.class);
	}

	private FigureMessages() {
	}
}
