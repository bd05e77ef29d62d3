package org.cordon.model.volunteers;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A volunteer team (志愿服务队), e.g. the Youth League's or a company's. */
@Entity
@Table(name = "VOLUNTEER_TEAM")
public class VolunteerTeam extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	/** Who organises the team, e.g. 团县委; free text. */
	@Column(length = 200)
	private String organiser;

	@Column(length = 2000)
	private String remarks;

	public VolunteerTeam() {
	}

	public VolunteerTeam(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = optionalText(organiser, 200, "organiser");
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
		required(name, "name");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
