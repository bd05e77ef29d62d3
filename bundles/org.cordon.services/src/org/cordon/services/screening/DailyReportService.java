package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cordon.model.screening.DailyReport;

/** The townships' daily and zero reports (日报告、零报告) as the office follows them up. */
public interface DailyReportService {

	/** Every township in its order, with its report for the day or none; read in one transaction. */
	ZeroReportBoard board(LocalDate day);

	/** The latest day any township reported, if any did. */
	Optional<LocalDate> lastReportDay();

	/**
	 * Stores new reports and changed ones in one transaction: all of them, or none.
	 *
	 * @throws jakarta.persistence.OptimisticLockException (possibly as the cause of a rollback
	 *                                                     exception) when another desk changed one of them first
	 */
	List<DailyReport> save(List<DailyReport> reports);
}
