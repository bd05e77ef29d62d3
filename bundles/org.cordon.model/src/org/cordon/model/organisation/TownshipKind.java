package org.cordon.model.organisation;

/** 镇 or 乡: both are townships for the command; the distinction is administrative. */
public enum TownshipKind {
	/** 镇. */
	TOWN,
	/** 乡. */
	TOWNSHIP
}
