package org.cordon.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

public class CordonWorkbenchAdvisor extends WorkbenchAdvisor {

	private final DatabaseOpening databaseOpening;

	CordonWorkbenchAdvisor(DatabaseOpening databaseOpening) {
		this.databaseOpening = databaseOpening;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Keep each desk's window layout between sessions.
		configurer.setSaveAndRestore(true);
		// The Problems view shows record problems as markers on workspace files; these adapters label them.
		IDE.registerAdapters();
	}

	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbench started = getWorkbenchConfigurer().getWorkbench();
		databaseOpening.whenFailed(failure -> started.getDisplay().asyncExec(() -> {
			if (started.getDisplay().isDisposed()) {
				return;
			}
			MessageDialog.openError(started.getDisplay().getActiveShell(), Messages.Application_cannotStartTitle,
					NLS.bind(Messages.Application_databaseUnavailable, failure.getMessage()));
			started.close();
		}));
		String report = System.getProperty(InstallationCheck.PROPERTY);
		if (report != null && !report.isBlank()) {
			IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
			workbench.getDisplay().asyncExec(() -> {
				InstallationCheck.run(workbench, java.nio.file.Path.of(report));
				workbench.close();
			});
		}
	}

	@Override
	public boolean preShutdown() {
		try {
			// The workspace holds only the stand-in files of record problems, but an unsaved one is rebuilt with a warning at every start.
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException | IllegalStateException e) {
			ILog.of(getClass()).warn("The workspace could not be saved", e);
		}
		return super.preShutdown();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return OrganisationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CordonWorkbenchWindowAdvisor(configurer);
	}
}
