package org.cordon.ui.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show current: back from a past moment to the organisation as it is now. */
public class ShowCurrentHandler extends AbstractHandler {

	public static final String COMMAND = "org.cordon.ui.commands.showCurrent";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof OrganisationNavigator navigator) {
			navigator.showCurrent();
		}
		return null;
	}
}
