package org.cordon.model.materials;

/** Who gives: the donations ledger totals by kind of donor. */
public enum DonorKind {
	/** 企业. */
	COMPANY,
	/** 个人. */
	INDIVIDUAL,
	/** 社会组织: an association, a chamber of commerce, a charity. */
	ORGANISATION
}
