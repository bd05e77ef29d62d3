package org.cordon.services.checkpoints;

/** Vehicles and persons checked and persons with fever found, summed over checkpoints and days. */
public record CheckpointTotals(long vehicles, long persons, long fever) {
}
