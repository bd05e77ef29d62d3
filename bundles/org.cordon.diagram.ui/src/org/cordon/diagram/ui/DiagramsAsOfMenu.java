package org.cordon.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramDescriptions.Contribution;
import org.cordon.diagram.session.OsgiServiceLookup;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** One item per contributed diagram that can be drawn as it was at a past moment. */
public class DiagramsAsOfMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		OsgiServiceLookup services = new OsgiServiceLookup();
		for (Contribution contribution : DiagramDescriptions.all()) {
			if (canShowPast(contribution, services)) {
				items.add(item(contribution));
			}
		}
		return items.toArray(IContributionItem[]::new);
	}

	private static boolean canShowPast(Contribution contribution, OsgiServiceLookup services) {
		try {
			return contribution.create(services).canShowPast();
		} catch (RuntimeException e) {
			// A diagram whose plug-in cannot describe it now is left out; opening it says why.
			return false;
		}
	}

	private static IContributionItem item(Contribution contribution) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
				"org.cordon.diagram.ui.openAsOf." + contribution.id(), OpenDiagramAsOfHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
		parameter.label = NLS.bind(DiagramMessages.asOfMenu, contribution.name());
		parameter.parameters = Map.of(OpenDiagramAsOfHandler.PARAMETER, contribution.id());
		return new CommandContributionItem(parameter);
	}
}
