package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.count;
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

/** A residential community (小区) under closed management, within a township. */
@Entity
@Table(name = "COMMUNITY")
public class Community extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(optional = false)
	@JoinColumn(name = "TOWNSHIP_ID", nullable = false)
	private Township township;

	/** 0 when not known. */
	@Column(nullable = false)
	private int households;

	public Community() {
	}

	public Community(String code, String name, Township township) {
		super(code);
		setName(name);
		setTownship(township);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = required(township, "township");
	}

	public int getHouseholds() {
		return households;
	}

	public void setHouseholds(int households) {
		this.households = count(households, "households");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(township, "township");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
