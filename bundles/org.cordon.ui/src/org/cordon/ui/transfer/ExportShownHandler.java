package org.cordon.ui.transfer;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
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
	/** The family of the jobs that write the files. */
	public static final Object FAMILY = new Object();

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
		write(shown.shownSnapshot(), Path.of(chosen), part, shell);
		return null;
	}

	/**
	 * Writes in a job, since a table of a million rows reads them again as it goes (a minute, not
	 * a click); the Progress view shows it and can cancel it, and a cancelled export leaves no file.
	 */
	private static void write(ShownRows.Snapshot snapshot, Path file, IWorkbenchPart part, Shell shell) {
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		Job job = new Job(NLS.bind(TransferMessages.ExportShown_job, snapshot.title(), file.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					int rows = ShownRowsFile.write(snapshot, file, monitor);
					display.asyncExec(() -> setStatus(part, NLS.bind(TransferMessages.ExportShown_written, rows, file)));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					display.asyncExec(() -> setStatus(part, NLS.bind(TransferMessages.ExportShown_cancelled, file)));
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					ILog.of(ExportShownHandler.class).error("The shown rows of " + snapshot.title() + " were not written to " + file, e);
					display.asyncExec(() -> MessageDialog.openError(shell == null || shell.isDisposed() ? display.getActiveShell() : shell,
							TransferMessages.ExportShown_title, NLS.bind(TransferMessages.ExportShown_failed, file, Problems.sentence(e))));
					// Told in the dialog; an error status would show it a second time.
					return Status.OK_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(false);
		job.schedule();
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
