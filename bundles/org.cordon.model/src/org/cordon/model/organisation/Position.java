package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.util.Objects;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * A seat (职位) in the command structure: in the leading group itself (no working group) or in
 * the office or a working group. A person holds it; a vacant position has no holder.
 */
@Entity
@Table(name = "POSITION")
public class Position extends CordonEntity {

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private PositionRole role;

	@ManyToOne(optional = false)
	@JoinColumn(name = "LEADING_GROUP_ID", nullable = false)
	private LeadingGroup leadingGroup;

	@ManyToOne
	@JoinColumn(name = "WORKING_GROUP_ID")
	private WorkingGroup workingGroup;

	@ManyToOne
	@JoinColumn(name = "HOLDER_ID")
	private Person holder;

	@Column(nullable = false)
	private int sortOrder;

	public Position() {
	}

	/** A position of the leading group itself (leaders, members). */
	public Position(String code, String title, PositionRole role, LeadingGroup leadingGroup) {
		super(code);
		setTitle(title);
		setRole(role);
		setLeadingGroup(leadingGroup);
	}

	/** A position in the office or a working group. */
	public Position(String code, String title, PositionRole role, WorkingGroup workingGroup) {
		this(code, title, role, required(workingGroup, "working_group").getLeadingGroup());
		setWorkingGroup(workingGroup);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = requiredText(title, 200, "title");
	}

	public PositionRole getRole() {
		return role;
	}

	public void setRole(PositionRole role) {
		this.role = required(role, "role");
	}

	public LeadingGroup getLeadingGroup() {
		return leadingGroup;
	}

	/** Moves the position to another leading group; its working group, if any, must follow. */
	public void setLeadingGroup(LeadingGroup leadingGroup) {
		this.leadingGroup = required(leadingGroup, "leading_group");
	}

	/** The office or group this position belongs to, or {@code null} for a leading-group seat. */
	public WorkingGroup getWorkingGroup() {
		return workingGroup;
	}

	/** Moves the position to another group of the same leading group, or to the leading group itself. */
	public void setWorkingGroup(WorkingGroup workingGroup) {
		// The leading group may still be unset while a record is being filled in; validate() checks again.
		if (leadingGroup != null) {
			checkBelongsToLeadingGroup(workingGroup);
		}
		this.workingGroup = workingGroup;
	}

	public Person getHolder() {
		return holder;
	}

	public void setHolder(Person holder) {
		this.holder = holder;
	}

	public boolean isVacant() {
		return holder == null;
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
		required(title, "title");
		required(role, "role");
		required(leadingGroup, "leading_group");
		checkBelongsToLeadingGroup(workingGroup);
	}

	private void checkBelongsToLeadingGroup(WorkingGroup group) {
		if (group == null) {
			return;
		}
		LeadingGroup groupsLeadingGroup = group.getLeadingGroup();
		// Detached copies of the same leading group are different objects with the same code.
		boolean same = groupsLeadingGroup == leadingGroup
				|| groupsLeadingGroup != null && Objects.equals(groupsLeadingGroup.getCode(), leadingGroup.getCode());
		if (!same) {
			throw new InvalidValueException("working_group", "otherLeadingGroup", group.getCode());
		}
	}

	@Override
	public String getDisplayName() {
		return holder == null ? label(title) : label(title) + ": " + label(holder.getName());
	}
}
