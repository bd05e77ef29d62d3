package org.cordon.model.organisation;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person in the command structure: a county leader, a department head, a cadre. */
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

	protected Person() {
	}

	public Person(String code, String name) {
		super(code);
		setName(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requireText(name, "name");
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
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
		this.phone = phone;
	}

	@Override
	public String getDisplayName() {
		return jobTitle == null || jobTitle.isBlank() ? name : name + " (" + jobTitle + ")";
	}
}
