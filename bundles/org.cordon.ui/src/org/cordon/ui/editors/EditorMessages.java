package org.cordon.ui.editors;

import org.eclipse.osgi.util.NLS;

/** The record editors' words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class EditorMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.editors.messages";

	public static String addRecord;
	public static String addRecordTip;
	public static String changeField;
	public static String codeTaken;
	public static String conflictCancelled;
	public static String conflictDeleted;
	public static String conflictExplanation;
	public static String conflictField;
	public static String conflictHeading;
	public static String conflictKeepMine;
	public static String conflictKept;
	public static String conflictMine;
	public static String conflictRecord;
	public static String conflictReload;
	public static String conflictSameValues;
	public static String conflictTheirs;
	public static String conflictTitle;
	public static String conflictUnknown;
	public static String deleteCount;
	public static String deleteRecords;
	public static String deleteRecordsTip;
	public static String detailsTitle;
	public static String filterHint;
	public static String newRecordLabel;
	public static String notARecordKind;
	public static String notSaved;
	public static String problemsBlockSave;
	public static String reloadedTheirs;
	public static String rowsLoading;
	public static String rowsLoadingJob;
	public static String cancelRead;
	public static String readAgain;
	public static String readCancelled;
	public static String rowsNotRead;
	public static String rowsShown;
	public static String valueRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
	}

	private EditorMessages() {
	}
}
