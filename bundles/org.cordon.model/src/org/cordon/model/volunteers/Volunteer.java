package org.cordon.model.volunteers;

import static org.cordon.model.ModelRules.optionalText;
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

/** A volunteer (志愿者) in a volunteer team. */
@Entity
@Table(name = "VOLUNTEER")
public class Volunteer extends CordonEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@ManyToOne(optional = false)
	@JoinColumn(name = "TEAM_ID", nullable = false)
	private VolunteerTeam team;

	@Column(length = 40)
	private String phone;

	public Volunteer() {
	}

	public Volunteer(String code, String name, VolunteerTeam team) {
		super(code);
		setName(name);
		setTeam(team);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public VolunteerTeam getTeam() {
		return team;
	}

	public void setTeam(VolunteerTeam team) {
		this.team = required(team, "team");
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = optionalText(phone, 40, "phone");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(team, "team");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
