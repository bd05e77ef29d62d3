package org.cordon.ui.database;

import org.eclipse.osgi.util.NLS;

/** The words of the database preference page and of other desks' changes, in English and Chinese. */
public final class DatabaseMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.database.messages";

	public static String Preferences_description;
	public static String Preferences_mode;
	public static String Preferences_modeThisComputer;
	public static String Preferences_modeDerbyServer;
	public static String Preferences_modePostgresql;
	public static String Preferences_host;
	public static String Preferences_port;
	public static String Preferences_databaseName;
	public static String Preferences_url;
	public static String Preferences_urlHint;
	public static String Preferences_user;
	public static String Preferences_testConnection;
	public static String Preferences_nextStart;
	public static String Preferences_launcherWins;
	public static String Preferences_passwordTitle;
	public static String Preferences_passwordPrompt;
	public static String Preferences_connectionWorks;
	public static String Preferences_connectionFails;
	public static String Preferences_notStored;
	public static String Preferences_wrongUrlPrefix;
	public static String Preferences_malformedUrl;
	public static String Preferences_hostMissing;
	public static String Preferences_badHost;
	public static String Preferences_badPort;
	public static String Preferences_databaseMissing;
	public static String Preferences_badDatabase;
	public static String Preferences_userMissing;
	public static String Changes_watching;
	public static String Changes_reloaded;
	public static String Changes_whileEditing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DatabaseMessages.class);
	}

	private DatabaseMessages() {
	}
}
