package org.cordon.ui.figures;

import org.eclipse.osgi.util.NLS;

/**
 * The figures views' words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}).
 * Group bundles use the warnings here for their own columns, so that the same remark reads the same everywhere.
 */
public final class FigureMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.figures.messages";

	public static String filterRows;
	public static String refresh;
	public static String refreshTip;
	public static String exportCsv;
	public static String exportCsvTip;
	public static String readAt;
	public static String cannotRead;
	public static String totalOneRow;
	public static String totalRows;
	public static String rows;
	public static String rowsOf;
	public static String exportTitle;
	public static String rowsWritten;
	public static String rowsNotWritten;
	public static String negative;

	static {
		NLS.initializeMessages(BUNDLE_NAME, FigureMessages.class);
	}

	private FigureMessages() {
	}
}
