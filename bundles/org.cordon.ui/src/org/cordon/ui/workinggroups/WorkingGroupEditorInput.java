package org.cordon.ui.workinggroups;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of a working group's editor that shows no one record kind (a figures view, say): it
 * names the group and the editor, and the editor reads what it shows itself.
 */
public final class WorkingGroupEditorInput implements IEditorInput {

	private final String groupId;
	private final String editorName;

	public WorkingGroupEditorInput(String groupId, String editorName) {
		this.groupId = Objects.requireNonNull(groupId);
		this.editorName = Objects.requireNonNull(editorName);
	}

	public String groupId() {
		return groupId;
	}

	public String editorName() {
		return editorName;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return editorName;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return editorName + " (" + groupId + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkingGroupEditorInput input && input.groupId.equals(groupId) && input.editorName.equals(editorName);
	}

	@Override
	public int hashCode() {
		return Objects.hash(groupId, editorName);
	}
}
