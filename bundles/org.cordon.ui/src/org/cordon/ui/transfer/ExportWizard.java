package org.cordon.ui.transfer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cordon.services.transfer.TransferService;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export > Cordon > Records: every record of one kind to CSV or to an Excel workbook in the
 * desk's language, or the kind's empty workbook to be filled in and imported.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	private TransferService transfer;
	private List<String> kinds = List.of();
	private ExportPage page;
	private int written = -1;

	public ExportWizard() {
		setWindowTitle(TransferMessages.Export_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		transfer = workbench.getService(TransferService.class);
		kinds = TransferKinds.offered(transfer);
	}

	@Override
	public void addPages() {
		page = new ExportPage(kinds);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return performExport(getContainer());
	}

	/** Writes the file the page names, in the given context; true when it was written. */
	public boolean performExport(IRunnableContext context) {
		String kind = page.kind();
		Path target = page.target();
		ExportPage.Format format = page.format();
		RecordLabels labels = RecordLabels.current();
		AtomicInteger rows = new AtomicInteger();
		try {
			context.run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(TransferMessages.Progress_exporting, labels.kindLabel(kind), target), IProgressMonitor.UNKNOWN);
				try {
					if (format == ExportPage.Format.TEMPLATE) {
						transfer.writeTemplate(kind, target, labels);
					} else {
						// CSV keeps the format's own words; a workbook reads in the desk's language
						rows.set(transfer.exportFile(kind, target, labels));
					}
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(ExportWizard.class).error("The export of " + kind + " to " + target + " failed", e.getCause());
			page.setErrorMessage(NLS.bind(TransferMessages.Export_failed, target, Problems.sentence(e.getCause())));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		written = format == ExportPage.Format.TEMPLATE ? 0 : rows.get();
		return true;
	}

	public ExportPage page() {
		return page;
	}

	/** The rows the last export wrote (0 for a template), or -1 before one. */
	public int written() {
		return written;
	}
}
