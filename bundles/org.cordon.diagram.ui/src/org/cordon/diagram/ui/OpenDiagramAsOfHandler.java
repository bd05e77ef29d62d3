package org.cordon.diagram.ui;

import java.time.LocalDateTime;

import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramDescriptions.Contribution;
import org.cordon.ui.navigator.AsOfDialog;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens a contributed diagram as it was at a past moment, read-only. The moment is asked for,
 * starting from the one the organisation navigator shows, if it shows one.
 */
public class OpenDiagramAsOfHandler extends AbstractHandler {

	public static final String COMMAND = "org.cordon.diagram.ui.openAsOf";
	public static final String PARAMETER = "org.cordon.diagram.ui.openAsOf.id";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(PARAMETER);
		Contribution contribution = DiagramDescriptions.find(id)
				.orElseThrow(() -> new ExecutionException(NLS.bind(DiagramMessages.noDiagram, id)));
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IWorkbenchPage page = window.getActivePage();
		LocalDateTime start = page.findView(OrganisationNavigator.ID) instanceof OrganisationNavigator navigator
				? navigator.asOf().orElseGet(LocalDateTime::now)
				: LocalDateTime.now();
		AsOfDialog dialog = new AsOfDialog(window.getShell(), start);
		if (dialog.open() == Window.OK) {
			open(page, contribution, dialog.moment());
		}
		return null;
	}

	/** Opens the diagram of a contribution as it was at the moment. */
	public static DiagramEditor open(IWorkbenchPage page, Contribution contribution, LocalDateTime moment) throws ExecutionException {
		try {
			return (DiagramEditor) page.openEditor(new DiagramEditorInput(contribution.id(), contribution.name(), moment), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(NLS.bind(DiagramMessages.cannotOpen, contribution.name(), e.getMessage()), e);
		}
	}
}
