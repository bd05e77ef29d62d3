package org.cordon.ui.internal;

import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The office's home: the organisation on the left, records in the middle, properties below. */
public class OrganisationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cordon.ui.perspectives.organisation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(OrganisationNavigator.ID, IPageLayout.LEFT, 0.32f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.cordon.ui.perspectives.organisation.bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(OrganisationNavigator.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut(ID);
	}
}
