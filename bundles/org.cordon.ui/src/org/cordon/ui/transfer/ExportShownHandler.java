package org.cordon.ui.transfer;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Export Shown Rows…": writes the rows the active part shows, with its filter and in its order,
 * to an Excel workbook or a CSV file. The file is asked for, unless the command names it in its
 * parameter {@value #FILE_PARAMETER} (as a test or a key binding may).
 */
public class ExportShownHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cordon.ui.commands.exportShown";
	public static final String FILE_PARAMETER = "org.cordon.ui.commands.exportShown.file";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ShownRows shown = part == null ? null : Adapters.adapt(part, ShownRows.class);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (shown == null) {
			return null;
		}
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			chosen = askForFile(shell, shown);
			if (chosen == null) {
				return null;
			}
		}
		try {
			int rows = ShownRowsFile.write(shown, Path.of(chosen));
			setStatus(part, NLS.bind(TransferMessages.ExportShown_written, rows, chosen));
		} catch (RuntimeException e) {
			ILog.of(ExportShownHandler.class).error("The shown rows of " + shown.shownTitle() + " were not written to " + chosen, e);
			MessageDialog.openError(shell, TransferMessages.ExportShown_title,
					NLS.bind(TransferMessages.ExportShown_failed, chosen, Problems.sentence(e)));
		}
		return null;
	}

	private static String askForFile(Shell shell, ShownRows shown) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(NLS.bind(TransferMessages.ExportShown_dialogTitle, shown.shownTitle()));
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFilterNames(new String[] { TransferMessages.Format_xlsx, TransferMessages.Format_csv });
		dialog.setFileName(ShownRowsFile.suggestedName(shown, "xlsx"));
		dialog.setOverwrite(true);
		return dialog.open();
	}

	private static void setStatus(IWorkbenchPart part, String text) {
		if (part instanceof org.eclipse.ui.IEditorPart editor) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
		} else if (part instanceof org.eclipse.ui.IViewPart view) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(text);
		}
	}
}
