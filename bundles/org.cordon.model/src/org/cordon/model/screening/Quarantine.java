package org.cordon.model.screening;

import static org.cordon.model.ModelRules.notBefore;
import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;

import java.time.LocalDate;

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

/** A key person's quarantine (隔离), centralised or at home, from a start day to an end day. */
@Entity
@Table(name = "QUARANTINE")
public class Quarantine extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "KEY_PERSON_ID", nullable = false)
	private KeyPerson keyPerson;

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private QuarantineKind kind;

	@Column(name = "START_DATE", nullable = false)
	private LocalDate start;

	@Column(name = "END_DATE")
	private LocalDate end;

	@Column(length = 200)
	private String place;

	public Quarantine() {
	}

	public Quarantine(String code, KeyPerson keyPerson, QuarantineKind kind, LocalDate start) {
		super(code);
		setKeyPerson(keyPerson);
		setKind(kind);
		setStart(start);
	}

	public KeyPerson getKeyPerson() {
		return keyPerson;
	}

	public void setKeyPerson(KeyPerson keyPerson) {
		this.keyPerson = required(keyPerson, "key_person");
	}

	public QuarantineKind getKind() {
		return kind;
	}

	public void setKind(QuarantineKind kind) {
		this.kind = required(kind, "kind");
	}

	public LocalDate getStart() {
		return start;
	}

	public void setStart(LocalDate start) {
		this.start = required(start, "start");
	}

	/** The last day, or {@code null} while the person is still in quarantine. */
	public LocalDate getEnd() {
		return end;
	}

	// Not checked against start here: moving a quarantine changes both dates, in either order.
	public void setEnd(LocalDate end) {
		this.end = end;
	}

	public boolean isOngoing() {
		return end == null;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = optionalText(place, 200, "place");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(keyPerson, "key_person");
		required(kind, "kind");
		required(start, "start");
		notBefore(end, start, "end", "start");
	}

	@Override
	public String getDisplayName() {
		return label(keyPerson, start, "–", end);
	}
}
