package org.cordon.model.medical;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A doctor or nurse in a medical team (医疗队队员). */
@Entity
@Table(name = "MEDICAL_TEAM_MEMBER")
public class MedicalTeamMember extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "TEAM_ID", nullable = false)
	private MedicalTeam team;

	@Column(nullable = false, length = 100)
	private String name;

	/** Free text, e.g. ICU deputy chief physician (重症医学科副主任医师). */
	@Column(name = "ROLE", nullable = false, length = 200)
	private String role;

	public MedicalTeamMember() {
	}

	public MedicalTeamMember(String code, MedicalTeam team, String name, String role) {
		super(code);
		setTeam(team);
		setName(name);
		setRole(role);
	}

	public MedicalTeam getTeam() {
		return team;
	}

	public void setTeam(MedicalTeam team) {
		this.team = required(team, "team");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = requiredText(role, 200, "role");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(team, "team");
		required(name, "name");
		required(role, "role");
	}

	@Override
	public String getDisplayName() {
		return role == null ? label(name) : label(name, "(" + role + ")");
	}
}
