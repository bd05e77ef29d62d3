package org.cordon.model.supervision;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** An inspection by the supervision group (督导检查) of a checkpoint, a community, a unit. */
@Entity
@Table(name = "INSPECTION")
public class Inspection extends CordonEntity {

	@Column(name = "INSPECTION_DATE", nullable = false)
	private LocalDate date;

	/** What was inspected, e.g. 白文镇高速口卡点; free text. */
	@Column(nullable = false, length = 200)
	private String target;

	@ManyToOne
	@JoinColumn(name = "TOWNSHIP_ID")
	private Township township;

	/** 暗访: not announced beforehand. */
	@Column(nullable = false)
	private boolean unannounced;

	/** Who inspected; free text. */
	@Column(length = 500)
	private String inspectors;

	public Inspection() {
	}

	public Inspection(String code, LocalDate date, String target) {
		super(code);
		setDate(date);
		setTarget(target);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = requiredText(target, 200, "target");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = township;
	}

	public boolean isUnannounced() {
		return unannounced;
	}

	public void setUnannounced(boolean unannounced) {
		this.unannounced = unannounced;
	}

	public String getInspectors() {
		return inspectors;
	}

	public void setInspectors(String inspectors) {
		this.inspectors = optionalText(inspectors, 500, "inspectors");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(target, "target");
	}

	@Override
	public String getDisplayName() {
		return label(date, target);
	}
}
