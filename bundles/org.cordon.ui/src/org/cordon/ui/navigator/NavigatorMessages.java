package org.cordon.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** The navigator's words for reading the organisation and for it as of a past moment, in English and Chinese. */
public final class NavigatorMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.navigator.messages";

	public static String asOfDescription;
	public static String asOfPartName;
	public static String asOfDialogTitle;
	public static String asOfDialogMessage;
	public static String asOfDate;
	public static String asOfTime;
	public static String asOfInFuture;
	public static String asOfLoading;
	public static String loadingNode;
	public static String cannotRead;

	static {
		NLS.initializeMessages(BUNDLE_NAME, NavigatorMessages.class);
	}

	private NavigatorMessages() {
	}
}
