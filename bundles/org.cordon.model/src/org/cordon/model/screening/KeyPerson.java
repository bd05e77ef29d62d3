package org.cordon.model.screening;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A key person (重点人员) found in screening: someone back from an affected area, or a close contact. */
@Entity
@Table(name = "KEY_PERSON")
public class KeyPerson extends CordonEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private KeyPersonCategory category;

	/** Where the person came from, e.g. 湖北武汉. */
	@Column(nullable = false, length = 200)
	private String origin;

	@ManyToOne(optional = false)
	@JoinColumn(name = "TOWNSHIP_ID", nullable = false)
	private Township township;

	@ManyToOne
	@JoinColumn(name = "COMMUNITY_ID")
	private Community community;

	private LocalDate arrived;

	@Column(length = 40)
	private String phone;

	public KeyPerson() {
	}

	public KeyPerson(String code, String name, KeyPersonCategory category, String origin, Township township) {
		super(code);
		setName(name);
		setCategory(category);
		setOrigin(origin);
		setTownship(township);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public KeyPersonCategory getCategory() {
		return category;
	}

	public void setCategory(KeyPersonCategory category) {
		this.category = required(category, "category");
	}

	public String getOrigin() {
		return origin;
	}

	public void setOrigin(String origin) {
		this.origin = requiredText(origin, 200, "origin");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = required(township, "township");
	}

	public Community getCommunity() {
		return community;
	}

	public void setCommunity(Community community) {
		this.community = community;
	}

	/** The day the person arrived in the county, if known. */
	public LocalDate getArrived() {
		return arrived;
	}

	public void setArrived(LocalDate arrived) {
		this.arrived = arrived;
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
		required(category, "category");
		required(origin, "origin");
		required(township, "township");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
