package org.cordon.model.diagram;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * Where the user put an element of a diagram: it keeps that place through later "Arrange All".
 * Diagram data, kept apart from the business records it shows (the element is named by the
 * diagram's own id, which contains the record's code, not by a reference to the record).
 */
@Entity
@Table(name = "DIAGRAM_POSITION")
public class DiagramPosition extends CordonEntity {

	public static final int DIAGRAM_LENGTH = 40;
	public static final int ELEMENT_LENGTH = CODE_LENGTH - DIAGRAM_LENGTH - 1;

	@Column(nullable = false, length = DIAGRAM_LENGTH)
	private String diagram;

	@Column(nullable = false, length = ELEMENT_LENGTH)
	private String element;

	/** Relative to the element's container, in diagram units (pixels at 100 %). */
	@Column(nullable = false)
	private double x;

	@Column(nullable = false)
	private double y;

	public DiagramPosition() {
	}

	public DiagramPosition(String diagram, String element, double x, double y) {
		super(codeOf(diagram, element));
		this.diagram = requiredText(diagram, DIAGRAM_LENGTH, "diagram");
		this.element = requiredText(element, ELEMENT_LENGTH, "element");
		moveTo(x, y);
	}

	/** One position per element of a diagram: the code is both written out. */
	public static String codeOf(String diagram, String element) {
		return diagram + "#" + element;
	}

	public String getDiagram() {
		return diagram;
	}

	public String getElement() {
		return element;
	}

	public double getX() {
		return x;
	}

	public double getY() {
		return y;
	}

	public void moveTo(double newX, double newY) {
		if (!Double.isFinite(newX) || !Double.isFinite(newY)) {
			throw new org.cordon.model.InvalidValueException("position", "notFinite", newX + "," + newY);
		}
		this.x = newX;
		this.y = newY;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(diagram, "diagram");
		required(element, "element");
	}

	@Override
	public String getDisplayName() {
		return element + " @ " + Math.round(x) + "," + Math.round(y);
	}
}
