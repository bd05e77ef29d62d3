package org.cordon.ui.grids;

import org.eclipse.osgi.util.NLS;

/** The day boards' words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class GridMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.grids.messages";

	public static String status_reported;
	public static String status_zero;
	public static String status_missing;
	public static String status_incomplete;
	public static String status_complete;
	public static String status_fever;
	public static String day;
	public static String dayBefore;
	public static String dayAfter;
	public static String dropChanges;
	public static String cannotType;
	public static String changeColumn;
	public static String notSaved;
	public static String savedByOthers;
	public static String valueRequired;
	public static String changedByOthers;
	public static String reading;
	public static String readingJob;
	public static String notRead;

	static {
		NLS.initializeMessages(BUNDLE_NAME, GridMessages.class);
	}

	private GridMessages() {
	}
}
