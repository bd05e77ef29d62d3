package org.cordon.report.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** F5 and the toolbar's Refresh in the Dashboard. */
public class RefreshDashboardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof DashboardView dashboard) {
			dashboard.refresh();
		}
		return null;
	}
}
