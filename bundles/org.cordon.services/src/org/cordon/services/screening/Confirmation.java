package org.cordon.services.screening;

import java.math.BigDecimal;
import java.util.Objects;

import org.cordon.model.screening.TemperatureReport;

/**
 * A temperature report as a board read it: its id and version say which stored report a change
 * is meant for, so that a report changed on another desk in between is a conflict, not overwritten.
 */
public record Confirmation(long reportId, long version, BigDecimal temperatureC) {

	public Confirmation {
		Objects.requireNonNull(temperatureC, "temperatureC");
	}

	public boolean fever() {
		return temperatureC.compareTo(TemperatureReport.FEVER_FROM_C) >= 0;
	}
}
