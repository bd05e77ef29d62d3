package org.cordon.diagram.description;

/** Elements that can be switched on and off together; elements of no layer always show. */
public record DiagramLayer(String id, String name, boolean shownByDefault) {
}
