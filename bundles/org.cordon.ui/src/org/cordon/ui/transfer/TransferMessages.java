package org.cordon.ui.transfer;

import org.eclipse.osgi.util.NLS;

/** The words of File > Import and Export and of "Export Shown Rows", in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class TransferMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.ui.transfer.messages";

	public static String Import_windowTitle;
	public static String ImportFiles_title;
	public static String ImportFiles_description;
	public static String Page_kind;
	public static String Page_noKinds;
	public static String ImportFiles_files;
	public static String ImportFiles_add;
	public static String ImportFiles_remove;
	public static String ImportFiles_dialogTitle;
	public static String ImportFiles_formats;
	public static String ImportFiles_chooseKind;
	public static String ImportFiles_chooseFiles;
	public static String Column_file;
	public static String Column_folder;
	public static String Column_created;
	public static String Column_updated;
	public static String Column_removed;
	public static String Column_problems;
	public static String Column_line;
	public static String Column_column;
	public static String Column_reason;
	public static String Preview_title;
	public static String Preview_description;
	public static String Preview_summary;
	public static String Preview_noProblems;
	public static String Preview_problemsHeading;
	public static String Preview_blocked;
	public static String Preview_failed;
	public static String Preview_cancelled;
	public static String Import_cancelled;
	public static String Import_refused;
	public static String Import_failed;
	public static String Import_done;
	public static String Progress_previewing;
	public static String Progress_importing;
	public static String Progress_exporting;
	public static String Progress_row;
	public static String Marker_line;
	public static String Marker_sheetRow;
	public static String Format_csv;
	public static String Format_xlsx;
	public static String Format_both;
	public static String Format_any;
	public static String Export_windowTitle;
	public static String Export_title;
	public static String Export_description;
	public static String Export_format;
	public static String Export_workbook;
	public static String Export_csv;
	public static String Export_template;
	public static String Export_target;
	public static String Export_browse;
	public static String Export_dialogTitle;
	public static String Export_needsXlsx;
	public static String Export_failed;
	public static String ImportedFile_notAFile;
	public static String ImportedFile_line;
	public static String ImportedFile_sheetRow;
	public static String ImportedFile_text;
	public static String ImportedFile_rows;
	public static String ImportedFile_asText;
	public static String ExportShown_title;
	public static String ExportShown_dialogTitle;
	public static String ExportShown_written;
	public static String ExportShown_failed;
	public static String ExportShown_job;
	public static String ExportShown_cancelled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TransferMessages.class);
	}

	private TransferMessages() {
	}
}
