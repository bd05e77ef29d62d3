package org.cordon.services.checkpoints;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A checkpoint's count of a day as typed into the grid, all three figures.
 *
 * @param read the count the grid showed for that cell, or {@code null} when it was blank
 */
public record TypedCount(LocalDate date, long checkpointId, int vehicles, int persons, int fever, StoredCount read) {

	public TypedCount {
		Objects.requireNonNull(date, "date");
	}
}
