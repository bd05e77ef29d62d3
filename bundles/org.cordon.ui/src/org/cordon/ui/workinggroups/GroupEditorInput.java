package org.cordon.ui.workinggroups;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of a working group's own editor, one that is not the shared record table (a day
 * board, for instance): the editor reads what it shows itself, so the input only names it.
 */
public final class GroupEditorInput implements IEditorInput {

	private final String editorId;
	private final String title;

	public GroupEditorInput(String editorId, String title) {
		this.editorId = Objects.requireNonNull(editorId);
		this.title = title == null || title.isBlank() ? editorId : title;
	}

	public String editorId() {
		return editorId;
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
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GroupEditorInput input && input.editorId.equals(editorId);
	}

	@Override
	public int hashCode() {
		return editorId.hashCode();
	}
}
