package org.cordon.diagram.ui;

import java.util.Map;

import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramDescriptions.Contribution;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** One item per contributed diagram. */
public class DiagramsMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		return DiagramDescriptions.all().stream().map(DiagramsMenu::item).toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(Contribution contribution) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
				"org.cordon.diagram.ui.open." + contribution.id(), OpenDiagramHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
		parameter.label = contribution.name();
		parameter.parameters = Map.of(OpenDiagramHandler.PARAMETER, contribution.id());
		return new CommandContributionItem(parameter);
	}
}
