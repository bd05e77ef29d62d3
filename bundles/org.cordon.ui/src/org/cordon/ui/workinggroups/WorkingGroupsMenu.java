package org.cordon.ui.workinggroups;

import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.CompoundContributionItem;

/** The Groups menu: one item per installed working-group plug-in, opening its perspective. */
public class WorkingGroupsMenu extends CompoundContributionItem {

	private final IWorkbenchWindow window;

	public WorkingGroupsMenu(IWorkbenchWindow window) {
		super("org.cordon.ui.menus.workingGroups");
		this.window = window;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<WorkingGroupContribution> groups = WorkingGroupRegistry.read(Platform.getExtensionRegistry());
		if (groups.isEmpty()) {
			Action none = new Action("No working-group plug-ins are installed") {
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		return groups.stream().map(this::groupMenu).toArray(IContributionItem[]::new);
	}

	/** A group with editors gets a submenu: its perspective, then each editor; a group without is one item. */
	private IContributionItem groupMenu(WorkingGroupContribution group) {
		if (group.editors().isEmpty()) {
			return new ActionContributionItem(openPerspective(group));
		}
		MenuManager menu = new MenuManager(group.name(), group.id());
		Action perspective = openPerspective(group);
		perspective.setText("Open the " + group.name() + " Perspective");
		menu.add(perspective);
		menu.add(new Separator());
		for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
			menu.add(openEditor(group, editor));
		}
		return menu;
	}

	private Action openEditor(WorkingGroupContribution group, WorkingGroupContribution.EditorContribution editor) {
		return new Action(editor.name()) {
			@Override
			public void run() {
				try {
					// An editor without a kind shows something of the group's own and reads it itself.
					IEditorInput input = editor.kind() != null ? new RecordKindEditorInput(editor.kind(), editor.name())
							: new WorkingGroupEditorInput(group.id(), editor.name());
					window.getActivePage().openEditor(input, editor.id());
				} catch (PartInitException e) {
					MessageDialog.openError(window.getShell(), "Cordon", editor.name() + " cannot be opened: " + e.getMessage());
				}
			}
		};
	}

	private Action openPerspective(WorkingGroupContribution group) {
		Action action = new Action(group.name()) {
			@Override
			public void run() {
				try {
					window.getWorkbench().showPerspective(group.perspectiveId(), window);
				} catch (WorkbenchException e) {
					MessageDialog.openError(window.getShell(), "Cordon",
							"The perspective of " + group.name() + " cannot be opened: " + e.getMessage());
				}
			}
		};
		action.setToolTipText(group.description());
		if (group.iconPath() != null) {
			// FileLocator also looks in fragments, where a contribution may keep its icons.
			action.setImageDescriptor(ImageDescriptor.createFromURLSupplier(true,
					() -> Platform.getBundle(group.contributor()) == null ? null
							: FileLocator.find(Platform.getBundle(group.contributor()), IPath.fromOSString(group.iconPath()))));
		}
		return action;
	}
}
