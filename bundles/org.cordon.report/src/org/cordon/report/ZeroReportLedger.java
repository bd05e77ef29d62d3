package org.cordon.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The day's zero-report ledger (零报告): which townships sent a report with findings, which reported zero,
 * and which sent nothing. Township names, in the county's order.
 */
public record ZeroReportLedger(LocalDate day, List<String> reported, List<String> zero, List<String> missing) {

	public ZeroReportLedger {
		reported = List.copyOf(reported);
		zero = List.copyOf(zero);
		missing = List.copyOf(missing);
	}

	public int townships() {
		return reported.size() + zero.size() + missing.size();
	}
}
