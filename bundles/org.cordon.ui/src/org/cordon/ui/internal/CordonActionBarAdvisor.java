package org.cordon.ui.internal;

import org.cordon.ui.workinggroups.WorkingGroupsMenu;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu's skeleton. Plug-ins fill it through {@code org.eclipse.ui.menus} at the standard
 * group markers (file, edit, window, help and their "additions").
 */
public class CordonActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction exit;
	private IWorkbenchAction save;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction delete;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchWindow window;

	public CordonActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		this.window = window;
		exit = register(ActionFactory.QUIT.create(window), Messages.Action_exit);
		save = register(ActionFactory.SAVE.create(window), Messages.Action_save);
		// The workbench's own Import…/Export… dialogs: they list what org.eclipse.ui.importWizards/exportWizards contribute
		importWizards = register(ActionFactory.IMPORT.create(window), Messages.Action_import);
		exportWizards = register(ActionFactory.EXPORT.create(window), Messages.Action_export);
		undo = register(ActionFactory.UNDO.create(window), Messages.Action_undo);
		redo = register(ActionFactory.REDO.create(window), Messages.Action_redo);
		delete = register(ActionFactory.DELETE.create(window), Messages.Action_delete);
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window), Messages.Action_resetPerspective);
		preferences = register(ActionFactory.PREFERENCES.create(window), Messages.Action_preferences);
	}

	/** The platform's own texts of these actions are English only; ours follow {@code -nl}. */
	private IWorkbenchAction register(IWorkbenchAction action, String text) {
		action.setText(text);
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(save);
		file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(exit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(delete);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager groups = new MenuManager(Messages.Menu_groups, "org.cordon.ui.menus.groups");
		groups.add(new WorkingGroupsMenu(window));
		groups.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.Menu_openPerspective, "openPerspective");
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		MenuManager views = new MenuManager(Messages.Menu_showView, "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(perspectives);
		windowMenu.add(views);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(groups);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
