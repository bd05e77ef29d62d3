package org.cordon.model.screening;

import java.util.Locale;

/** The five who follow up one key person (五包一); every one of them confirms the daily temperature. */
public enum FollowUpRole {
	/** 教科局干部. */
	EDUCATION_CADRE,
	/** 乡镇干部. */
	TOWNSHIP_CADRE,
	/** 村医. */
	VILLAGE_DOCTOR,
	/** 村干部. */
	VILLAGE_CADRE,
	/** 派出所民警. */
	POLICE_OFFICER;

	/** The role as the CSV formats and derived codes write it, e.g. {@code village_doctor}. */
	public String csvWord() {
		return name().toLowerCase(Locale.ROOT);
	}
}
