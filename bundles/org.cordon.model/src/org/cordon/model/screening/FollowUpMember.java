package org.cordon.model.screening;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One of the five who follow up a key person (五包一), one per role. */
@Entity
@Table(name = "FOLLOW_UP_MEMBER", uniqueConstraints = @UniqueConstraint(name = "FOLLOW_UP_MEMBER_ROLE", columnNames = {"KEY_PERSON_ID", "ROLE"}))
public class FollowUpMember extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "KEY_PERSON_ID", nullable = false)
	private KeyPerson keyPerson;

	@Enumerated(EnumType.STRING)
	@Column(name = "ROLE", nullable = false, length = 32)
	private FollowUpRole role;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 40)
	private String phone;

	public FollowUpMember() {
	}

	public FollowUpMember(KeyPerson keyPerson, FollowUpRole role, String name) {
		setKeyPerson(keyPerson);
		setRole(role);
		setName(name);
		setCode(codeFor(keyPerson.getCode(), role));
	}

	/** The code of a key person's member in a role, e.g. {@code KP-17/village_doctor}. */
	public static String codeFor(String keyPersonCode, FollowUpRole role) {
		return requiredText(keyPersonCode, "key_person") + "/" + required(role, "role").csvWord();
	}

	public KeyPerson getKeyPerson() {
		return keyPerson;
	}

	public void setKeyPerson(KeyPerson keyPerson) {
		this.keyPerson = required(keyPerson, "key_person");
	}

	public FollowUpRole getRole() {
		return role;
	}

	public void setRole(FollowUpRole role) {
		this.role = required(role, "role");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
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
		required(keyPerson, "key_person");
		required(role, "role");
		deriveCode(codeFor(keyPerson.getCode(), role));
		super.validate();
		required(name, "name");
	}

	@Override
	public String getDisplayName() {
		return keyPerson == null ? label(name) : label(name, "(" + keyPerson.getDisplayName() + ")");
	}
}
