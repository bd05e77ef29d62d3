package org.cordon.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cordon.diagram.description.ChildLayout;
import org.cordon.diagram.description.Style;

/**
 * A node or container. Its position is relative to its container (to the diagram for a top-level
 * node), in diagram units: pixels at 100 %.
 */
public final class DiagramNode implements DiagramElement {

	private final String id;
	private final String mappingId;
	private final boolean container;
	private final ChildLayout childLayout;
	private final Object semantic;
	private final String label;
	private final Style style;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private final List<DiagramProblem> problems = new ArrayList<>();
	private double x;
	private double y;
	private double width;
	private double height;
	private boolean pinned;

	DiagramNode(String id, String mappingId, boolean container, ChildLayout childLayout, Object semantic, String label,
			Style style, DiagramNode parent) {
		this.id = id;
		this.mappingId = mappingId;
		this.container = container;
		this.childLayout = childLayout;
		this.semantic = semantic;
		this.label = label == null ? "" : label;
		this.style = style;
		this.parent = parent;
		if (parent != null) {
			parent.children.add(this);
		}
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String mappingId() {
		return mappingId;
	}

	public boolean isContainer() {
		return container;
	}

	public ChildLayout childLayout() {
		return childLayout;
	}

	@Override
	public Object semantic() {
		return semantic;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public Style style() {
		return style;
	}

	/** The container, or {@code null} at the top. */
	public DiagramNode parent() {
		return parent;
	}

	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	@Override
	public List<DiagramProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	void addProblem(DiagramProblem problem) {
		problems.add(problem);
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public void setBounds(double newX, double newY, double newWidth, double newHeight) {
		this.x = newX;
		this.y = newY;
		this.width = newWidth;
		this.height = newHeight;
	}

	public void setLocation(double newX, double newY) {
		this.x = newX;
		this.y = newY;
	}

	public double absoluteX() {
		return parent == null ? x : parent.absoluteX() + x;
	}

	public double absoluteY() {
		return parent == null ? y : parent.absoluteY() + y;
	}

	/** Whether the user placed it: its position survives "Arrange All". */
	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean newPinned) {
		this.pinned = newPinned;
	}

	public boolean contains(double absX, double absY) {
		double left = absoluteX();
		double top = absoluteY();
		return absX >= left && absX <= left + width && absY >= top && absY <= top + height;
	}

	/** Whether {@code other} is this node or inside it. */
	public boolean encloses(DiagramNode other) {
		for (DiagramNode n = other; n != null; n = n.parent) {
			if (n == this) {
				return true;
			}
		}
		return false;
	}

	public int depth() {
		return parent == null ? 0 : parent.depth() + 1;
	}

	@Override
	public String toString() {
		return id + "@" + Math.round(x) + "," + Math.round(y) + " " + Math.round(width) + "x" + Math.round(height);
	}
}
