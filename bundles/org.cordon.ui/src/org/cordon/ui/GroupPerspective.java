package org.cordon.ui;

import org.cordon.ui.internal.OrganisationPerspective;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The layout every working group's perspective uses: the organisation beside the group's record
 * tables, the Properties view below. A group bundle names this class in its perspective
 * declaration and so needs no code of its own for it.
 */
public class GroupPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(OrganisationNavigator.ID, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.cordon.ui.perspectives.group.bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(OrganisationNavigator.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut(OrganisationPerspective.ID);
	}
}
