package org.cordon.benchmark.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** An empty perspective: the editor area only. */
public class BarePerspective implements IPerspectiveFactory {

	public static final String ID = "org.cordon.benchmark.bare.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
