package org.cordon.model.screening;

/** Why a person is screened as a key person. */
public enum KeyPersonCategory {
	/** 学生: a student back from a school or university elsewhere. */
	STUDENT,
	/** 务工人员: a migrant worker back from work elsewhere. */
	MIGRANT_WORKER,
	/** 密切接触者: a close contact of a case. */
	CLOSE_CONTACT,
	/** 其他. */
	OTHER
}
