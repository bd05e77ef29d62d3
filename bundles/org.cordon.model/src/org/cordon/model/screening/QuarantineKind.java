package org.cordon.model.screening;

/** Where a key person is quarantined. */
public enum QuarantineKind {
	/** 集中隔离: in a quarantine hotel or centre the county runs. */
	CENTRALISED,
	/** 居家隔离: at home, watched by the follow-up team. */
	HOME
}
