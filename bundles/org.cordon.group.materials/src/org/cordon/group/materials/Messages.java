package org.cordon.group.materials;

import org.eclipse.osgi.util.NLS;

/** The materials group's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.materials.messages";

	public static String donationsHeading;
	public static String donorKind;
	public static String donors;
	public static String gifts;
	public static String cash;
	public static String stockHeading;
	public static String code;
	public static String item;
	public static String unit;
	public static String received;
	public static String issued;
	public static String onHand;
	public static String noneLeft;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
