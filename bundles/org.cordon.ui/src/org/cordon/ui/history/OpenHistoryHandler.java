package org.cordon.ui.history;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window &gt; History. */
public class OpenHistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(HistoryView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(NLS.bind(HistoryMessages.History_openFailed, e.getMessage()), e);
		}
		return null;
	}
}
