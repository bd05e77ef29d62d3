package org.cordon.group.checkpoints;

import org.eclipse.osgi.util.NLS;

/** The checkpoint group's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.group.checkpoints.messages";

	public static String upTo;
	public static String days;
	public static String daysTip;
	public static String measure;
	public static String vehiclesChecked;
	public static String personsChecked;
	public static String personsWithFever;
	public static String date;
	public static String total;
	public static String township;
	public static String townshipTip;
	public static String allTownships;
	public static String noTownship;
	public static String shownOfAll;
	public static String shownOfTownship;
	public static String checkpointTip;
	public static String summaryVehicles;
	public static String summaryPersons;
	public static String summaryFever;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
