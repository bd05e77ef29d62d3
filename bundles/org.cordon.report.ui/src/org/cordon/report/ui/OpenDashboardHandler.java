package org.cordon.report.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window > Dashboard. */
public class OpenDashboardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(DashboardView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("the Dashboard cannot be opened: " + e.getMessage(), e);
		}
		return null;
	}
}
