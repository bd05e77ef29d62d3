package org.cordon.model.medical;

import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A fever clinic (发热门诊) of a hospital, where people with fever are seen apart from other patients. */
@Entity
@Table(name = "FEVER_CLINIC")
public class FeverClinic extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 200)
	private String hospital;

	@ManyToOne
	@JoinColumn(name = "TOWNSHIP_ID")
	private Township township;

	@Column(name = "OPEN_24H", nullable = false)
	private boolean open24h;

	public FeverClinic() {
	}

	public FeverClinic(String code, String name, String hospital) {
		super(code);
		setName(name);
		setHospital(hospital);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public String getHospital() {
		return hospital;
	}

	public void setHospital(String hospital) {
		this.hospital = requiredText(hospital, 200, "hospital");
	}

	/** The township of a township hospital's clinic, or {@code null} for a county hospital's. */
	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = township;
	}

	public boolean isOpen24h() {
		return open24h;
	}

	public void setOpen24h(boolean open24h) {
		this.open24h = open24h;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		required(hospital, "hospital");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
