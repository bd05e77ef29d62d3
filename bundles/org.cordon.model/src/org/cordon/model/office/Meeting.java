package org.cordon.model.office;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A meeting (会议) the office organised and keeps a record of. */
@Entity
@Table(name = "MEETING")
public class Meeting extends CordonEntity {

	@Column(name = "MEETING_DATE", nullable = false)
	private LocalDate date;

	@Column(nullable = false, length = 500)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private MeetingKind kind;

	@Column(length = 2000)
	private String remarks;

	public Meeting() {
	}

	public Meeting(String code, LocalDate date, String title, MeetingKind kind) {
		super(code);
		setDate(date);
		setTitle(title);
		setKind(kind);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = requiredText(title, 500, "title");
	}

	public MeetingKind getKind() {
		return kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = required(kind, "kind");
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
		required(date, "date");
		required(title, "title");
		required(kind, "kind");
	}

	@Override
	public String getDisplayName() {
		return label(date, title);
	}
}
