package org.cordon.services.screening;

import java.util.Objects;

import org.cordon.model.organisation.Township;
import org.cordon.model.screening.DailyReport;

/**
 * One township on the zero-report board of a day.
 *
 * @param report its daily report for the day, detached, or {@code null} when it has not reported
 */
public record TownshipDay(Township township, DailyReport report) {

	public TownshipDay {
		Objects.requireNonNull(township, "township");
	}

	public ReportStatus status() {
		if (report == null) {
			return ReportStatus.MISSING;
		}
		return report.isZeroReport() ? ReportStatus.ZERO : ReportStatus.REPORTED;
	}
}
