package org.cordon.ui.transfer;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.file.ImportCancelledException;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.FileOutcome;
import org.cordon.services.transfer.TransferService.ImportPreview;
import org.cordon.ui.DatabaseChanges;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File > Import > Cordon > Records: files of one kind, previewed before anything is written, then
 * imported in one transaction. The preview and the import run under the wizard's cancellable
 * progress; a cancelled import writes nothing. Problems are listed on the preview page and put
 * into the Problems view on links to the files; after an import, open editors show its records.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	private TransferService transfer;
	private List<String> kinds = List.of();
	private ImportFilesPage filesPage;
	private ImportPreviewPage previewPage;
	private ImportPlan previewedPlan;
	private ImportPreview preview;
	private ImportCounts imported;

	public ImportWizard() {
		setWindowTitle(TransferMessages.Import_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		transfer = workbench.getService(TransferService.class);
		kinds = TransferKinds.offered(transfer);
	}

	@Override
	public void addPages() {
		filesPage = new ImportFilesPage(kinds);
		previewPage = new ImportPreviewPage(this);
		addPage(filesPage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == previewPage && preview != null && !preview.hasProblems()
				&& filesPage.plan().equals(previewedPlan);
	}

	/** Runs the preview each time its page is shown: the files may have been put right since (Back, then Next). */
	void previewOnShow() {
		runPreview(getContainer());
	}

	/** Previews the plan of the first page in the given context (the wizard's own progress, or a test's). */
	public void runPreview(IRunnableContext context) {
		ImportPlan plan = filesPage.plan();
		preview = null;
		previewedPlan = null;
		previewPage.show(null);
		AtomicReference<ImportPreview> result = new AtomicReference<>();
		try {
			context.run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(TransferMessages.Progress_previewing, RecordLabels.current().kindLabel(plan.kind())),
						IProgressMonitor.UNKNOWN);
				try {
					result.set(plan.preview(transfer, new MonitorProgress(monitor)));
				} catch (ImportCancelledException e) {
					throw new InterruptedException();
				} finally {
					monitor.done();
				}
			});
			preview = result.get();
			previewedPlan = plan;
			previewPage.show(preview);
			ImportProblemMarkers.replace(plan, preview.problems());
		} catch (InvocationTargetException e) {
			ILog.of(ImportWizard.class).error("The import preview of " + plan + " failed", e.getCause());
			previewPage.fail(NLS.bind(TransferMessages.Preview_failed, Problems.sentence(e.getCause())));
		} catch (InterruptedException e) {
			previewPage.fail(TransferMessages.Preview_cancelled);
		}
		updateButtons();
	}

	@Override
	public boolean performFinish() {
		return performImport(getContainer());
	}

	/**
	 * Imports the previewed plan in the given context; true when it was written. A cancelled or
	 * refused import says so on the page, in one sentence, and writes nothing.
	 */
	public boolean performImport(IRunnableContext context) {
		ImportPlan plan = previewedPlan;
		if (plan == null) {
			return false;
		}
		AtomicReference<ImportCounts> result = new AtomicReference<>();
		try {
			context.run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(TransferMessages.Progress_importing, RecordLabels.current().kindLabel(plan.kind())),
						IProgressMonitor.UNKNOWN);
				try {
					result.set(plan.importAll(transfer, new MonitorProgress(monitor)));
				} catch (ImportCancelledException e) {
					throw new InterruptedException();
				} finally {
					monitor.done();
				}
			});
		} catch (InterruptedException e) {
			previewPage.fail(TransferMessages.Import_cancelled);
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof CsvImportException refused) {
				// The files changed since the preview, or the database did: show what is wrong now.
				preview = new ImportPreview(plan.files().stream().map(file -> new FileOutcome(plan.kind(), ImportPlan.name(file),
						new ImportCounts(0, 0, 0), refused.problems().stream().filter(p -> p.file().equals(ImportPlan.name(file))).toList())).toList());
				previewPage.show(preview);
				ImportProblemMarkers.replace(plan, refused.problems());
				previewPage.fail(NLS.bind(TransferMessages.Import_refused, refused.problems().size()));
			} else {
				ILog.of(ImportWizard.class).error("The import of " + plan + " failed", cause);
				previewPage.fail(NLS.bind(TransferMessages.Import_failed, Problems.sentence(cause)));
			}
			updateButtons();
			return false;
		}
		imported = result.get();
		ImportProblemMarkers.replace(plan, List.of());
		// Open tables, boards and figures read what they show again, as after another desk's change.
		DatabaseChanges.announce();
		tellStatusLine(NLS.bind(TransferMessages.Import_done, new Object[] { imported.created(), imported.updated(), imported.removed() }));
		return true;
	}

	private void updateButtons() {
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
	}

	private static void tellStatusLine(String text) {
		IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
		if (part instanceof org.eclipse.ui.IEditorPart editor) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
		} else if (part instanceof org.eclipse.ui.IViewPart view) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(text);
		}
	}

	public ImportFilesPage filesPage() {
		return filesPage;
	}

	public ImportPreviewPage previewPage() {
		return previewPage;
	}

	/** The last preview shown, or {@code null}. */
	public ImportPreview preview() {
		return preview;
	}

	/** What the last import wrote, or {@code null} before one succeeded. */
	public ImportCounts imported() {
		return imported;
	}
}
