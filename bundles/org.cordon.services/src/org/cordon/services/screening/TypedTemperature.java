package org.cordon.services.screening;

import java.math.BigDecimal;
import java.util.Objects;

import org.cordon.model.screening.FollowUpRole;

/**
 * A temperature typed on the board for one key person and role.
 *
 * @param read the confirmation the board showed for that cell, or {@code null} when it was missing
 */
public record TypedTemperature(long personId, FollowUpRole role, BigDecimal temperatureC, Confirmation read) {

	public TypedTemperature {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(temperatureC, "temperatureC");
	}
}
