package org.cordon.model.supervision;

/** Where the rectification of a finding stands. */
public enum RectificationStatus {
	/** 未整改. */
	OPEN,
	/** 整改中. */
	IN_PROGRESS,
	/** 已整改. */
	DONE
}
