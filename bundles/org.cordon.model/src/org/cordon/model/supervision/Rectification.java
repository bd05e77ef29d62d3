package org.cordon.model.supervision;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;

import java.time.LocalDate;
import java.util.Locale;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** The rectification of a finding (整改): its status, its deadline and when it was done. */
@Entity
@Table(name = "RECTIFICATION")
public class Rectification extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "FINDING_ID", nullable = false)
	private Finding finding;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private RectificationStatus status;

	@Column(name = "DUE_DATE")
	private LocalDate due;

	@Column(name = "DONE_ON")
	private LocalDate doneOn;

	@Column(length = 2000)
	private String remarks;

	public Rectification() {
	}

	public Rectification(String code, Finding finding, RectificationStatus status) {
		super(code);
		setFinding(finding);
		setStatus(status);
	}

	public Finding getFinding() {
		return finding;
	}

	public void setFinding(Finding finding) {
		this.finding = required(finding, "finding");
	}

	public RectificationStatus getStatus() {
		return status;
	}

	public void setStatus(RectificationStatus status) {
		this.status = required(status, "status");
	}

	/** The deadline (整改时限), if one was set. */
	public LocalDate getDue() {
		return due;
	}

	public void setDue(LocalDate due) {
		this.due = due;
	}

	/** The day it was done; required once the status is done. */
	public LocalDate getDoneOn() {
		return doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public String getRemarks() {
		return remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = optionalText(remarks, 2000, "remarks");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(finding, "finding");
		required(status, "status");
		if (status == RectificationStatus.DONE && doneOn == null) {
			throw new InvalidValueException("done_on", "doneWithoutDate");
		}
	}

	@Override
	public String getDisplayName() {
		return label(finding, status == null ? null : status.name().toLowerCase(Locale.ROOT));
	}
}
