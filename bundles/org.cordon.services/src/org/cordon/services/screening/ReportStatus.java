package org.cordon.services.screening;

/** Where a township stands with its daily report (日报告) for a day. */
public enum ReportStatus {
	/** It reported key persons or fever found. */
	REPORTED,
	/** It reported that it found nothing: its zero report (零报告). */
	ZERO,
	/** It has not reported at all. */
	MISSING
}
