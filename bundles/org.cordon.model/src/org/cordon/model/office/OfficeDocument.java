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

/** A document or notice the office issued (文件、通知). */
@Entity
@Table(name = "OFFICE_DOCUMENT")
public class OfficeDocument extends CordonEntity {

	@Column(name = "DOCUMENT_DATE", nullable = false)
	private LocalDate date;

	/** The document number (文号), e.g. 临疫防发〔2020〕3号; notices often have none. */
	@Column(name = "DOCUMENT_NUMBER", length = 100)
	private String number;

	@Column(nullable = false, length = 500)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private DocumentKind kind;

	private LocalDate effectiveFrom;

	public OfficeDocument() {
	}

	public OfficeDocument(String code, LocalDate date, String title, DocumentKind kind) {
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

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = optionalText(number, 100, "number");
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = requiredText(title, 500, "title");
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = required(kind, "kind");
	}

	/** The day the document takes effect, when it says so. */
	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
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
		return label(number, title);
	}
}
