package org.cordon.ui.navigator;

import java.time.LocalDateTime;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show as of…: asks for a past moment and shows the organisation as it was then. */
public class ShowAsOfHandler extends AbstractHandler {

	public static final String COMMAND = "org.cordon.ui.commands.showAsOf";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof OrganisationNavigator navigator) {
			AsOfDialog dialog = new AsOfDialog(part.getSite().getShell(), navigator.asOf().orElseGet(LocalDateTime::now));
			if (dialog.open() == Window.OK) {
				navigator.showAsOf(dialog.moment());
			}
		}
		return null;
	}
}
