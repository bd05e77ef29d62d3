package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.count;
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

/** A township (乡镇); its party secretary and head are members of the leading group. */
@Entity
@Table(name = "TOWNSHIP")
public class Township extends CordonEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private TownshipKind kind;

	@Column(nullable = false)
	private int sortOrder;

	public Township() {
	}

	public Township(String code, String name, TownshipKind kind) {
		super(code);
		setName(name);
		setKind(kind);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public TownshipKind getKind() {
		return kind;
	}

	public void setKind(TownshipKind kind) {
		this.kind = required(kind, "kind");
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = count(sortOrder, "order");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(kind, "kind");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
