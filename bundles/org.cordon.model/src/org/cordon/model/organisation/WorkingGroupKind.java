package org.cordon.model.organisation;

/** 一室九组: the leading group works through one office and several groups. */
public enum WorkingGroupKind {
	/** The leading group's office (办公室), which coordinates the groups. */
	OFFICE,
	/** A working group (工作组) with its own remit. */
	GROUP
}
