package org.cordon.ui.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of an editor that reads what it shows from the database itself, so the input only
 * names it: one key (a record kind, an editor id, a diagram id) and a title. Two inputs of the same
 * class with the same key are equal, which is what makes the workbench reuse an open editor.
 * Nothing is persisted across restarts: the database, not the input, holds the state.
 */
public abstract class NamedEditorInput implements IEditorInput {

	private final String key;
	private final String title;

	protected NamedEditorInput(String key, String title) {
		this.key = Objects.requireNonNull(key);
		this.title = Objects.requireNonNull(title);
	}

	protected final String key() {
		return key;
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
	public final boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((NamedEditorInput) other).key.equals(key);
	}

	@Override
	public final int hashCode() {
		return key.hashCode();
	}
}
