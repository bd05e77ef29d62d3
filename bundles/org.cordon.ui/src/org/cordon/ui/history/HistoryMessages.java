package org.cordon.ui.history;

import org.eclipse.osgi.util.NLS;

/** The words of the History view, in English and Chinese. */
public final class HistoryMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.history.messages";

	public static String History_nothingSelected;
	public static String History_noChanges;
	public static String History_of;
	public static String History_when;
	public static String History_who;
	public static String History_action;
	public static String History_field;
	public static String History_oldValue;
	public static String History_newValue;
	public static String History_loading;
	public static String History_failed;
	public static String History_openFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, HistoryMessages.class);
	}

	private HistoryMessages() {
	}
}
