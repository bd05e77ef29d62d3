package org.cordon.model.schools;

/** Which pupils a school teaches. */
public enum SchoolStage {
	/** 小学. */
	PRIMARY,
	/** 初中. */
	JUNIOR,
	/** 高中. */
	SENIOR,
	/** 九年一贯制: primary and junior. */
	NINE_YEAR,
	/** 完全中学: junior and senior. */
	COMPLETE,
	/** 职业学校. */
	VOCATIONAL
}
