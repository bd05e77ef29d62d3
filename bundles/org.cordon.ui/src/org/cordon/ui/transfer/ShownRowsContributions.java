package org.cordon.ui.transfer;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
		MenuManager manager = contextMenu(site, viewer.getControl(), viewer);
		viewer.getControl().addDisposeListener(e -> manager.dispose());
	}

	/**
	 * Gives the control the context menu of shown rows, its contributions seeing the selection of
	 * {@code selection}. For a part whose table is replaced (a fresh one is cheaper than emptying a
	 * big one): the next table takes the same menu, {@code menu.getMenu()}, and the part disposes the
	 * manager when it closes.
	 */
	public static MenuManager contextMenu(IWorkbenchPartSite site, Control control, ISelectionProvider selection) {
		MenuManager manager = new MenuManager();
		manager.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		control.setMenu(manager.createContextMenu(control));
		site.registerContextMenu(ShownRows.CONTEXT_MENU, manager, selection);
		return manager;
	}
}
