package org.cordon.model.materials;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A kind of goods the county store keeps (物资), counted in its unit, e.g. masks in 只. */
@Entity
@Table(name = "MATERIAL_ITEM")
public class MaterialItem extends CordonEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 20)
	private String unit;

	public MaterialItem() {
	}

	public MaterialItem(String code, String name, String unit) {
		super(code);
		setName(name);
		setUnit(unit);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = requiredText(unit, 20, "unit");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(unit, "unit");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
