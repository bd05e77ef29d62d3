package org.cordon.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's own words, in the language Eclipse was started with ({@code -nl}):
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese) next to
 * this class. Words of record kinds, columns and choices are in {@link org.cordon.ui.labels.RecordLabels}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.internal.messages";

	public static String Application_cannotStartTitle;
	public static String Application_databaseServiceMissing;
	public static String Application_databaseUnavailable;
	public static String Application_passwordTitle;
	public static String Application_passwordPrompt;
	public static String About_shellTitle;
	public static String About_message;
	public static String About_component;
	public static String About_version;
	public static String About_database;
	public static String About_noDatabase;
	public static String About_close;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_groups;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Action_save;
	public static String Action_import;
	public static String Action_export;
	public static String Action_exit;
	public static String Action_undo;
	public static String Action_redo;
	public static String Action_delete;
	public static String Action_resetPerspective;
	public static String Action_preferences;
	public static String Navigator_townships;
	public static String Navigator_countyUnits;
	public static String Navigator_members;
	public static String Navigator_notPaired;
	public static String Navigator_oneCommunity;
	public static String Navigator_communities;
	public static String Navigator_noCommunity;
	public static String Navigator_vacant;
	public static String Navigator_loading;
	public static String Properties_general;
	public static String Properties_record;
	public static String Properties_organisation;
	public static String Properties_name;
	public static String Properties_personName;
	public static String Properties_remit;
	public static String Properties_kind;
	public static String Properties_leadingGroup;
	public static String Properties_hostUnit;
	public static String Properties_title;
	public static String Properties_role;
	public static String Properties_group;
	public static String Properties_heldBy;
	public static String Properties_jobTitle;
	public static String Properties_phone;
	public static String Properties_unit;
	public static String Properties_shortName;
	public static String Properties_households;
	public static String Properties_township;
	public static String Properties_community;
	public static String Properties_pairedSince;
	public static String Properties_code;
	public static String Properties_version;
	public static String Groups_noneInstalled;
	public static String Groups_openPerspective;
	public static String Groups_noRecordKind;
	public static String Groups_editorFailed;
	public static String Groups_perspectiveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
