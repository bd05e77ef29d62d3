package org.cordon.services.checkpoints;

import java.time.LocalDate;
import java.util.List;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;

/**
 * The daily counts of a range of days, for a grid of days × checkpoints; all detached.
 *
 * @param checkpoints the open checkpoints and any closed one with a count in the range, by level and then code
 * @param counts      every count from {@code from} to {@code to}, inclusive
 */
public record CountGrid(LocalDate from, LocalDate to, List<Checkpoint> checkpoints, List<CheckpointCount> counts) {

	public CountGrid {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends on " + to + ", before it starts on " + from);
		}
		checkpoints = List.copyOf(checkpoints);
		counts = List.copyOf(counts);
	}
}
