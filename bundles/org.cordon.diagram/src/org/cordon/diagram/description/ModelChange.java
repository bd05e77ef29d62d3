package org.cordon.diagram.description;

/**
 * What a tool does to the model, through the services: applied once, undone and applied again
 * by the editor's undo history. Each step is persisted before it returns; a step the model
 * refuses throws (an {@code InvalidValueException} or the service's own exception), and
 * nothing of that step is written.
 */
public interface ModelChange {

	/** The name under Edit > Undo, e.g. "Pair 元倍花园 with 县民政局". */
	String label();

	void apply();

	void undo();
}
