package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.count;
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

/** The office (办公室) or one of the working groups (工作组) of a leading group. */
@Entity
@Table(name = "WORKING_GROUP")
public class WorkingGroup extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private WorkingGroupKind kind;

	@ManyToOne(optional = false)
	@JoinColumn(name = "LEADING_GROUP_ID", nullable = false)
	private LeadingGroup leadingGroup;

	/** The county unit that hosts the group, e.g. the health bureau for the office. */
	@ManyToOne
	@JoinColumn(name = "HOST_UNIT_ID")
	private CountyUnit hostUnit;

	@Column(length = 2000)
	private String remit;

	@Column(nullable = false)
	private int sortOrder;

	public WorkingGroup() {
	}

	public WorkingGroup(String code, String name, WorkingGroupKind kind, LeadingGroup leadingGroup) {
		super(code);
		setName(name);
		setKind(kind);
		setLeadingGroup(leadingGroup);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public WorkingGroupKind getKind() {
		return kind;
	}

	public void setKind(WorkingGroupKind kind) {
		this.kind = required(kind, "kind");
	}

	public LeadingGroup getLeadingGroup() {
		return leadingGroup;
	}

	public void setLeadingGroup(LeadingGroup leadingGroup) {
		this.leadingGroup = required(leadingGroup, "leading_group");
	}

	public CountyUnit getHostUnit() {
		return hostUnit;
	}

	public void setHostUnit(CountyUnit hostUnit) {
		this.hostUnit = hostUnit;
	}

	public String getRemit() {
		return remit;
	}

	public void setRemit(String remit) {
		this.remit = optionalText(remit, 2000, "remit");
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
		required(leadingGroup, "leading_group");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
