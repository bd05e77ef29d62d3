package org.cordon.model.medical;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A medical team the county sends to help elsewhere (援助医疗队), e.g. to Hubei. */
@Entity
@Table(name = "MEDICAL_TEAM")
public class MedicalTeam extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 200)
	private String destination;

	private LocalDate departed;

	public MedicalTeam() {
	}

	public MedicalTeam(String code, String name, String destination) {
		super(code);
		setName(name);
		setDestination(destination);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public String getDestination() {
		return destination;
	}

	public void setDestination(String destination) {
		this.destination = requiredText(destination, 200, "destination");
	}

	/** The day the team set out, or {@code null} while it is still being formed. */
	public LocalDate getDeparted() {
		return departed;
	}

	public void setDeparted(LocalDate departed) {
		this.departed = departed;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(destination, "destination");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
