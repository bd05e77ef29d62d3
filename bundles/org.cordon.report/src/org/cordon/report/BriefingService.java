package org.cordon.report;

import java.time.LocalDate;

/** Builds the daily briefing from the database. */
public interface BriefingService {

	/** The briefing for a day; a day without records gives a briefing that says so. */
	Briefing briefing(LocalDate day);
}
