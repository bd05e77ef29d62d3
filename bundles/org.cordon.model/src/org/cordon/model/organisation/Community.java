package org.cordon.model.organisation;

import java.util.Objects;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

	@Column(nullable = false)
	private int households;

	protected Community() {
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
		this.name = requireText(name, "name");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = Objects.requireNonNull(township, "township is required");
	}

	public int getHouseholds() {
		return households;
	}

	public void setHouseholds(int households) {
		if (households < 0) {
			throw new IllegalArgumentException("households must not be negative");
		}
		this.households = households;
	}

	@Override
	public String getDisplayName() {
		return name;
	}
}
