package org.cordon.ui.transfer;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.menus.IMenuService;

/**
 * Where a part that shows rows gets the commands contributed for them ("Export Shown Rows…",
 * and whatever a group bundle adds): a toolbar in its own bar, filled from
 * {@code toolbar:}{@value ShownRows#TOOLBAR}, and its table's context menu, registered as
 * {@value ShownRows#CONTEXT_MENU} (contributions go to {@code popup:}{@value ShownRows#CONTEXT_MENU}).
 */
public final class ShownRowsContributions {

	private ShownRowsContributions() {
	}

	/** A toolbar filled with the contributions for shown rows; they are released with it. */
	public static ToolBar toolbar(IWorkbenchPartSite site, Composite parent) {
		ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		ToolBar toolbar = manager.createControl(parent);
		IMenuService menus = site.getService(IMenuService.class);
		menus.populateContributionManager(manager, "toolbar:" + ShownRows.TOOLBAR);
		manager.update(true);
		toolbar.addDisposeListener(e -> {
			menus.releaseContributions(manager);
			manager.dispose();
		});
		return toolbar;
	}

	/** Gives the viewer's control the context menu of shown rows. */
	public static void contextMenu(IWorkbenchPartSite site, StructuredViewer viewer) {
		MenuManager manager = new MenuManager();
		manager.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
		site.registerContextMenu(ShownRows.CONTEXT_MENU, manager, viewer);
		viewer.getControl().addDisposeListener(e -> manager.dispose());
	}
}
