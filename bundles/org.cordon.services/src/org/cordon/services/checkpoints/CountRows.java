package org.cordon.services.checkpoints;

import java.time.LocalDate;
import java.util.List;

import org.cordon.model.checkpoints.Checkpoint;

/**
 * The daily counts of a range of days for the grid of days × checkpoints: the checkpoints as
 * records, the counts as values (two weeks of 2,000 checkpoints are 28,000 of them).
 *
 * @param checkpoints the open checkpoints and any closed one with a count in the range, by level and then code
 * @param counts      every count from {@code from} to {@code to}, inclusive, by date
 */
public record CountRows(LocalDate from, LocalDate to, List<Checkpoint> checkpoints, List<StoredCount> counts) {

	public CountRows {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends on " + to + ", before it starts on " + from);
		}
		checkpoints = List.copyOf(checkpoints);
		counts = List.copyOf(counts);
	}
}
