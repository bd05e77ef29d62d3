package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cordon.model.screening.TemperatureReport;

/** The daily temperatures the five-to-one teams (五包一) confirm for the key persons in quarantine. */
public interface TemperatureService {

	/** Who is in quarantine on the day (start to end, inclusive), their teams and confirmations; one transaction. */
	TemperatureDay day(LocalDate day);

	/** The latest day with any temperature confirmed, if there is one. */
	Optional<LocalDate> lastReportDay();

	/**
	 * Stores new and changed temperature reports in one transaction: all of them, or none.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 */
	List<TemperatureReport> save(List<TemperatureReport> reports);
}
