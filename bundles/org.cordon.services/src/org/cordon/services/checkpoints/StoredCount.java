package org.cordon.services.checkpoints;

import java.time.LocalDate;

/**
 * A checkpoint's count of a day as a grid read it: values, with the id and version that say which
 * stored count a change is meant for, so that one changed on another desk in between is a conflict.
 */
public record StoredCount(long id, long version, LocalDate date, long checkpointId, int vehicles, int persons, int fever) {
}
