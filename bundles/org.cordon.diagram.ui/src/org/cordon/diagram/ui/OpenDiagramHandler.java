package org.cordon.diagram.ui;

import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramDescriptions.Contribution;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens a contributed diagram in the diagram editor. */
public class OpenDiagramHandler extends AbstractHandler {

	public static final String COMMAND = "org.cordon.diagram.ui.open";
	public static final String PARAMETER = "org.cordon.diagram.ui.open.id";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(PARAMETER);
		Contribution contribution = DiagramDescriptions.find(id)
				.orElseThrow(() -> new ExecutionException(NLS.bind(DiagramMessages.noDiagram, id)));
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.openEditor(new DiagramEditorInput(contribution.id(), contribution.name()), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(NLS.bind(DiagramMessages.cannotOpen, contribution.name(), e.getMessage()), e);
		}
		return null;
	}
}
