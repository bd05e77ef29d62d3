package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The daily temperatures the five-to-one teams (五包一) confirm for the key persons in quarantine. */
public interface TemperatureService {

	/** Who is in quarantine on the day (start to end, inclusive), their teams and confirmations; one transaction. */
	TemperatureDay day(LocalDate day);

	/** The latest day with any temperature confirmed, if there is one. */
	Optional<LocalDate> lastReportDay();

	/**
	 * Stores the temperatures typed for a day in one transaction: all of them, or none. A typed
	 * value for a missing cell becomes a new report, one for a confirmed cell changes that report.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed,
	 *                                                     removed or confirmed one of them first
	 */
	void confirm(LocalDate day, List<TypedTemperature> typed);
}
