package org.cordon.diagram.ui;

import org.cordon.ui.editors.NamedEditorInput;
import org.eclipse.osgi.util.NLS;

/** A contributed diagram, by its id; one editor per diagram. */
public final class DiagramEditorInput extends NamedEditorInput {

	public DiagramEditorInput(String diagramId, String name) {
		super(diagramId, name);
	}

	public String diagramId() {
		return key();
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(DiagramMessages.inputTip, getName());
	}
}
