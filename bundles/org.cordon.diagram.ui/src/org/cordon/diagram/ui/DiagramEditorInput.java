package org.cordon.diagram.ui;

import java.time.LocalDateTime;
import java.util.Optional;

import org.cordon.ui.editors.NamedEditorInput;
import org.cordon.ui.navigator.AsOfDialog;
import org.eclipse.osgi.util.NLS;

/** A contributed diagram, by its id; one editor per diagram, and one per past moment it is shown at. */
public final class DiagramEditorInput extends NamedEditorInput {

	private final String diagramId;
	private final LocalDateTime asOf;

	public DiagramEditorInput(String diagramId, String name) {
		super(diagramId, name);
		this.diagramId = diagramId;
		this.asOf = null;
	}

	/** The diagram as it was at a past moment, read-only; the title names the moment. */
	public DiagramEditorInput(String diagramId, String name, LocalDateTime asOf) {
		super(diagramId + "@" + asOf, NLS.bind(DiagramMessages.asOfName, name, AsOfDialog.MOMENT.format(asOf)));
		this.diagramId = diagramId;
		this.asOf = asOf;
	}

	public String diagramId() {
		return diagramId;
	}

	/** The past moment shown; empty for the diagram as it is now. */
	public Optional<LocalDateTime> asOf() {
		return Optional.ofNullable(asOf);
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(DiagramMessages.inputTip, getName());
	}
}
