package org.cordon.services.diagram;

import java.util.Collection;
import java.util.Map;

/**
 * The positions users gave diagram elements by moving them (pinned positions), per diagram.
 * Elements are named by the diagram's own element ids.
 */
public interface DiagramPositionService {

	/** A place relative to the element's container. */
	record Place(double x, double y) {
	}

	/** Every pinned element of a diagram with its place. */
	Map<String, Place> pinned(String diagram);

	/**
	 * Pins elements at the places given and unpins those mapped to {@code null}, in one
	 * transaction.
	 */
	void update(String diagram, Map<String, Place> changes);

	/** Unpins every element of a diagram. */
	void unpinAll(String diagram);

	/** Unpins the elements given. */
	default void unpin(String diagram, Collection<String> elements) {
		Map<String, Place> changes = new java.util.HashMap<>();
		elements.forEach(element -> changes.put(element, null));
		update(diagram, changes);
	}
}
