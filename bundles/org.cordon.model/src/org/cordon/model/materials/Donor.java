package org.cordon.model.materials;

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

/** A donor (捐赠方) of cash or goods; the ledger names donors by name, so names are unique. */
@Entity
@Table(name = "DONOR")
public class Donor extends CordonEntity {

	@Column(nullable = false, unique = true, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private DonorKind kind;

	public Donor() {
	}

	public Donor(String code, String name, DonorKind kind) {
		super(code);
		setName(name);
		setKind(kind);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public DonorKind getKind() {
		return kind;
	}

	public void setKind(DonorKind kind) {
		this.kind = required(kind, "kind");
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
