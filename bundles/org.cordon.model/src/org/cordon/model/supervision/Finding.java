package org.cordon.model.supervision;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A problem an inspection found (发现问题), to be rectified. */
@Entity
@Table(name = "FINDING")
public class Finding extends CordonEntity {

	private static final int SHORT_LABEL = 40;

	@ManyToOne(optional = false)
	@JoinColumn(name = "INSPECTION_ID", nullable = false)
	private Inspection inspection;

	@Column(nullable = false, length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FindingSeverity severity;

	public Finding() {
	}

	public Finding(String code, Inspection inspection, String description, FindingSeverity severity) {
		super(code);
		setInspection(inspection);
		setDescription(description);
		setSeverity(severity);
	}

	public Inspection getInspection() {
		return inspection;
	}

	public void setInspection(Inspection inspection) {
		this.inspection = required(inspection, "inspection");
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = requiredText(description, 2000, "description");
	}

	public FindingSeverity getSeverity() {
		return severity;
	}

	public void setSeverity(FindingSeverity severity) {
		this.severity = required(severity, "severity");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(inspection, "inspection");
		required(description, "description");
		required(severity, "severity");
	}

	/** The start of the description: a navigator has room for a line, not a paragraph. */
	@Override
	public String getDisplayName() {
		if (description == null || description.length() <= SHORT_LABEL) {
			return label(description);
		}
		return description.substring(0, SHORT_LABEL) + "…";
	}
}
