package org.cordon.group.checkpoints;

import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Where the checkpoints group works: the organisation beside its tables, properties below. */
public class CheckpointsPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(OrganisationNavigator.ID, IPageLayout.LEFT, 0.22f, editorArea);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.7f, editorArea);
		layout.addPerspectiveShortcut("org.cordon.ui.perspectives.organisation");
	}
}
