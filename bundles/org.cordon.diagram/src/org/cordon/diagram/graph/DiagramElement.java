package org.cordon.diagram.graph;

import java.util.List;

import org.cordon.diagram.description.Style;

/** A node, container or edge of a built diagram. */
public sealed interface DiagramElement permits DiagramNode, DiagramEdge {

	/** Mapping id, a slash and the object's code: stable across rebuilds, used for pinned positions. */
	String id();

	String mappingId();

	/** The model object the element shows. */
	Object semantic();

	String label();

	Style style();

	List<DiagramProblem> problems();
}
