package org.cordon.model.organisation;

/** What a position means in the command structure; the order is the order of precedence. */
public enum PositionRole {
	/** 组长: the county party secretary and the county head lead jointly (双组长). */
	JOINT_LEADER,
	/** 常务副组长: the executive deputy county head. */
	EXECUTIVE_DEPUTY_LEADER,
	/** 副组长: other county leaders. */
	DEPUTY_LEADER,
	/** 成员: department heads and township secretaries and heads. */
	MEMBER,
	/** 组长 / 主任 of the office or a working group. */
	GROUP_HEAD,
	/** 副组长 / 副主任 of the office or a working group. */
	DEPUTY_GROUP_HEAD,
	/** 工作人员: staff of the office or a working group. */
	STAFF;

	/** Roles that belong to the leading group itself rather than to one of its groups. */
	public boolean isLeadingGroupRole() {
		return this == JOINT_LEADER || this == EXECUTIVE_DEPUTY_LEADER || this == DEPUTY_LEADER || this == MEMBER;
	}
}
