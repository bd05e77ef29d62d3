package org.cordon.model.screening;

/** Where the follow-up of a person found with fever at a checkpoint stands. */
public enum FeverCaseStatus {
	/** 待跟进: opened by the checkpoint's count, nobody has followed it up yet. */
	OPEN,
	/** 已跟进: the screening group has found and checked the person. */
	FOLLOWED_UP,
	/** 已结案: nothing more to do; the outcome says why. */
	CLOSED
}
