package org.cordon.diagram.description;

/** Which way the edges of the top level point. */
public enum LayoutDirection {
	RIGHT, DOWN
}
