package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** The county's epidemic prevention-and-control leading group (疫情防控工作领导小组). */
@Entity
@Table(name = "LEADING_GROUP")
public class LeadingGroup extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String remit;

	public LeadingGroup() {
	}

	public LeadingGroup(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public String getRemit() {
		return remit;
	}

	public void setRemit(String remit) {
		this.remit = optionalText(remit, 2000, "remit");
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
