package org.cordon.diagram.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A contributed diagram, by its id; one editor per diagram. */
public final class DiagramEditorInput implements IEditorInput {

	private final String diagramId;
	private final String name;

	public DiagramEditorInput(String diagramId, String name) {
		this.diagramId = Objects.requireNonNull(diagramId);
		this.name = Objects.requireNonNull(name);
	}

	public String diagramId() {
		return diagramId;
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
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(DiagramMessages.inputTip, name);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiagramEditorInput input && input.diagramId.equals(diagramId);
	}

	@Override
	public int hashCode() {
		return diagramId.hashCode();
	}
}
