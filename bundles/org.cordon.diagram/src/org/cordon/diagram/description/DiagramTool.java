package org.cordon.diagram.description;

import java.util.List;
import java.util.function.Function;

/**
 * What a user can do to the model from the diagram. Each tool turns a gesture into a
 * {@link ModelChange}; it returns {@code null} when the gesture means nothing (e.g. a community
 * dropped on the unit it is already paired with).
 */
public sealed interface DiagramTool<M> {

	String id();

	String name();

	@FunctionalInterface
	interface Creation<M> {
		ModelChange create(M model, Object container, String name);
	}

	@FunctionalInterface
	interface ElementChange<M> {
		ModelChange change(M model, Object element);
	}

	@FunctionalInterface
	interface Drop<M> {
		ModelChange drop(M model, Object dropped, Object target);
	}

	@FunctionalInterface
	interface Edit<M> {
		ModelChange edit(M model, Object element, String text);
	}

	@FunctionalInterface
	interface Choices<M> {
		List<?> choices(M model, Object element);
	}

	/**
	 * A palette tool that creates an object with a name typed by the user, on the canvas
	 * ({@code containerMapping} null) or inside an element of a container mapping.
	 */
	record Create<M>(String id, String name, String containerMapping, Creation<M> action) implements DiagramTool<M> {
	}

	/** Deletes the object of an element (Edit > Delete). */
	record Delete<M>(String id, String name, String mappingId, ElementChange<M> action) implements DiagramTool<M> {
	}

	/** Dropping an element of {@code sourceMapping} onto one of {@code targetMapping} reassigns it. */
	record DropOnto<M>(String id, String name, String sourceMapping, String targetMapping, Drop<M> action)
			implements DiagramTool<M> {
	}

	/** Dragging an edge's target end onto another element of {@code targetMapping}. */
	record Reconnect<M>(String id, String name, String edgeMapping, String targetMapping, Drop<M> action)
			implements DiagramTool<M> {
	}

	/** Editing a label in place (F2 or a slow second click); {@code initialText} fills the editor. */
	record DirectEdit<M>(String id, String name, String mappingId, Function<Object, String> initialText, Edit<M> action)
			implements DiagramTool<M> {
	}

	/** A palette tool applied to an element that asks the user to choose one of a list. */
	record Choose<M>(String id, String name, String mappingId, Choices<M> choices, Function<Object, String> choiceLabel,
			Drop<M> action) implements DiagramTool<M> {
	}
}
