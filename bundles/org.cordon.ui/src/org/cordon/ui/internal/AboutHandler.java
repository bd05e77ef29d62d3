package org.cordon.ui.internal;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.about.AboutService;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About Cordon. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		AboutService about = window.getService(AboutService.class);
		CordonDatabase database = window.getService(CordonDatabase.class);
		String databaseText = database == null ? "" : database.current().map(s -> s.describe()).orElse(Messages.About_noDatabase);
		new AboutCordonDialog(window.getShell(), about.versions(), databaseText).open();
		return null;
	}
}
