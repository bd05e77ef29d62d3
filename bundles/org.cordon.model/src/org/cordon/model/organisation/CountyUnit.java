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

/** A county-level unit (县直单位): a bureau, a department, a county enterprise. */
@Entity
@Table(name = "COUNTY_UNIT")
public class CountyUnit extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 60)
	private String shortName;

	public CountyUnit() {
	}

	public CountyUnit(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = optionalText(shortName, 60, "short_name");
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
