package org.cordon.model.supervision;

/** How serious a finding is. */
public enum FindingSeverity {
	/** 一般问题. */
	MINOR,
	/** 严重问题: reported to the leading group. */
	MAJOR
}
