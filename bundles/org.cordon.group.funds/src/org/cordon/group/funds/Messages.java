package org.cordon.group.funds;

import org.eclipse.osgi.util.NLS;

/** The funds group's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.funds.messages";

	public static String heading;
	public static String allocation;
	public static String date;
	public static String source;
	public static String purpose;
	public static String allocated;
	public static String expenditures;
	public static String spent;
	public static String balance;
	public static String overspent;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
