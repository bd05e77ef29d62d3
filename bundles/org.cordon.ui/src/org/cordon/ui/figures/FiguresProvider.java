package org.cordon.ui.figures;

import org.eclipse.ui.services.IServiceLocator;

/**
 * What a working group contributes to the shared {@link FiguresEditor}: the figures, read from
 * the services. The editor is declared in the group's plugin.xml with the provider's class as its
 * data, e.g. {@code class="org.cordon.ui.figures.FiguresEditor:org.cordon.group.funds.FundsBalances"};
 * the provider needs a public no-argument constructor.
 */
public interface FiguresProvider {

	/**
	 * Reads the figures; called when the editor opens and on every refresh, in a job: off the UI
	 * thread, so it must not touch widgets. The services it looks up are found on the UI thread for it.
	 *
	 * @param services where to find the services (e.g. {@code services.getService(FundsService.class)})
	 * @throws RuntimeException when they cannot be read; the editor shows the message instead of rows
	 */
	Figures load(IServiceLocator services);
}
