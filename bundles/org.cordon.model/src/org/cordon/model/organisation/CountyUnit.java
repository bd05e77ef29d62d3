package org.cordon.model.organisation;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A county-level unit (县直单位): a bureau, a department, a county enterprise. */
@Entity
@Table(name = "COUNTY_UNIT")
public class CountyUnit extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 60)
	private String shortName;

	protected CountyUnit() {
	}

	public CountyUnit(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requireText(name, "name");
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	@Override
	public String getDisplayName() {
		return name;
	}
}
