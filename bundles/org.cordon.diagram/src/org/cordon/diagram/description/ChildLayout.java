package org.cordon.diagram.description;

/** How a container arranges what it contains. */
public enum ChildLayout {
	/** ELK layered: in layers along the edges between the children. */
	LAYERED,
	/** ELK box: rows of boxes, for children with no edges between them. */
	BOX
}
