package org.cordon.group.office;

import org.eclipse.osgi.util.NLS;

/** The leading-group office's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.office.messages";

	public static String township;
	public static String report;
	public static String keyPersonsFound;
	public static String feverFound;
	public static String remarks;
	public static String recordZeroReport;
	public static String recordZeroReportTip;
	public static String alreadyReported;
	public static String summary;
	public static String missingNames;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
