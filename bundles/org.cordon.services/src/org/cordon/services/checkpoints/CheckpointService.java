package org.cordon.services.checkpoints;

import java.time.LocalDate;

/** The checkpoints group's figures. */
public interface CheckpointService {

	/** Everything counted at every checkpoint. */
	CheckpointTotals totals();

	/** Everything counted from the first day up to and including {@code day}. */
	CheckpointTotals totalsUpTo(LocalDate day);
}
