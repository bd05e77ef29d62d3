package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.optionalText;
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

/** A person in the command structure (指挥部人员): a county leader, a department head, a cadre. */
@Entity
@Table(name = "PERSON")
public class Person extends CordonEntity {

	@Column(nullable = false, length = 100)
	private String name;

	/** The person's own office, e.g. 县委书记 or 县卫健局局长. */
	@Column(length = 200)
	private String jobTitle;

	@ManyToOne
	@JoinColumn(name = "UNIT_ID")
	private CountyUnit unit;

	@Column(length = 40)
	private String phone;

	public Person() {
	}

	public Person(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = optionalText(jobTitle, 200, "job_title");
	}

	public CountyUnit getUnit() {
		return unit;
	}

	public void setUnit(CountyUnit unit) {
		this.unit = unit;
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
	}

	@Override
	public String getDisplayName() {
		return jobTitle == null ? label(name) : label(name, "(" + jobTitle + ")");
	}
}
