package org.cordon.group.community;

import org.eclipse.osgi.util.NLS;

/** The community group's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.community.messages";

	public static String heading;
	public static String township;
	public static String code;
	public static String community;
	public static String households;
	public static String pairedUnit;
	public static String notPaired;
	public static String buildingLeaders;
	public static String students;
	public static String migrantWorkers;
	public static String closeContacts;
	public static String other;
	public static String keyPersons;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
