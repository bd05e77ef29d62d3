package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.List;

/** Every township with its daily report, its zero report or nothing, for one day (日报告、零报告). */
public record ZeroReportBoard(LocalDate day, List<TownshipDay> townships) {

	public ZeroReportBoard {
		townships = List.copyOf(townships);
	}

	public long count(ReportStatus status) {
		return townships.stream().filter(t -> t.status() == status).count();
	}

	/** The townships that have reported, with or without findings. */
	public long reported() {
		return townships.size() - count(ReportStatus.MISSING);
	}
}
