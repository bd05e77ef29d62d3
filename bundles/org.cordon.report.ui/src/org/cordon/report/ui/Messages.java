package org.cordon.report.ui;

import org.eclipse.osgi.util.NLS;

/** The dashboard's and the briefing dialog's words: messages.properties (English), messages_zh.properties (Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.report.ui.messages";

	public static String Dashboard_upTo;
	public static String Dashboard_noData;
	public static String Dashboard_loading;
	public static String Dashboard_cannotRead;
	public static String Chart_checks;
	public static String Chart_checksAxis;
	public static String Chart_vehicles;
	public static String Chart_persons;
	public static String Chart_quarantines;
	public static String Chart_quarantinesAxis;
	public static String Chart_centralised;
	public static String Chart_home;
	public static String Chart_stock;
	public static String Chart_stockAxis;
	public static String Chart_onHand;
	public static String Briefing_title;
	public static String Briefing_message;
	public static String Briefing_date;
	public static String Briefing_format;
	public static String Briefing_html;
	public static String Briefing_pdf;
	public static String Briefing_file;
	public static String Briefing_browse;
	public static String Briefing_noFile;
	public static String Briefing_noFolder;
	public static String Briefing_writing;
	public static String Briefing_reading;
	public static String Briefing_failedTitle;
	public static String Briefing_failed;
	public static String Briefing_cannotOpen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
