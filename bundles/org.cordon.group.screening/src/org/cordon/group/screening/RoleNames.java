package org.cordon.group.screening;

import org.cordon.model.screening.FollowUpRole;

/** The five follow-up roles (五包一) as the screening group calls them. */
final class RoleNames {

	private RoleNames() {
	}

	static String of(FollowUpRole role) {
		return switch (role) {
		case EDUCATION_CADRE -> "Education cadre 教科局干部";
		case TOWNSHIP_CADRE -> "Township cadre 乡镇干部";
		case VILLAGE_DOCTOR -> "Village doctor 村医";
		case VILLAGE_CADRE -> "Village cadre 村干部";
		case POLICE_OFFICER -> "Police officer 民警";
		};
	}
}
