package org.cordon.model.publicity;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A publicity material (宣传品), e.g. a prevention handbook, counted in its unit. */
@Entity
@Table(name = "PUBLICITY_ITEM")
public class PublicityItem extends CordonEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private PublicityKind kind;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 20)
	private String unit;

	public PublicityItem() {
	}

	public PublicityItem(String code, PublicityKind kind, String name, String unit) {
		super(code);
		setKind(kind);
		setName(name);
		setUnit(unit);
	}

	public PublicityKind getKind() {
		return kind;
	}

	public void setKind(PublicityKind kind) {
		this.kind = required(kind, "kind");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
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
		required(kind, "kind");
		required(name, "name");
		required(unit, "unit");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
