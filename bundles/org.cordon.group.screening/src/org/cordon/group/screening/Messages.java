package org.cordon.group.screening;

import org.eclipse.osgi.util.NLS;

/** The screening group's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.screening.messages";

	public static String keyPerson;
	public static String temperatureTip;
	public static String day;
	public static String incompleteMissing;
	public static String noMember;
	public static String summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
