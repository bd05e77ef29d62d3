package org.cordon.model.organisation;

import java.util.Objects;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A seat in the command structure: in the leading group itself (no working group) or in the
 * office or a working group. A person holds it; a vacant position has no holder.
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

	protected Position() {
	}

	/** A position of the leading group itself (leaders, members). */
	public Position(String code, String title, PositionRole role, LeadingGroup leadingGroup) {
		super(code);
		setTitle(title);
		setRole(role);
		this.leadingGroup = Objects.requireNonNull(leadingGroup, "leading group is required");
	}

	/** A position in the office or a working group. */
	public Position(String code, String title, PositionRole role, WorkingGroup workingGroup) {
		this(code, title, role, Objects.requireNonNull(workingGroup, "working group is required").getLeadingGroup());
		this.workingGroup = workingGroup;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = requireText(title, "title");
	}

	public PositionRole getRole() {
		return role;
	}

	public void setRole(PositionRole role) {
		this.role = Objects.requireNonNull(role, "role is required");
	}

	public LeadingGroup getLeadingGroup() {
		return leadingGroup;
	}

	/** The office or group this position belongs to, or {@code null} for a leading-group seat. */
	public WorkingGroup getWorkingGroup() {
		return workingGroup;
	}

	/** Moves the position to another group of the same leading group, or to the leading group itself. */
	public void setWorkingGroup(WorkingGroup workingGroup) {
		if (workingGroup != null && workingGroup.getLeadingGroup() != leadingGroup
				&& !workingGroup.getLeadingGroup().getCode().equals(leadingGroup.getCode())) {
			throw new IllegalArgumentException("working group " + workingGroup.getCode() + " belongs to another leading group");
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
		this.sortOrder = sortOrder;
	}

	@Override
	public String getDisplayName() {
		return holder == null ? title : title + ": " + holder.getName();
	}
}
