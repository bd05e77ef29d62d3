package org.cordon.persistence;

import java.util.Map;

/**
 * Which working group's records an entity is: the one rule behind both the services' checks
 * (AccessRules) and the database's grants ({@link DatabaseGrants}), so that the two cannot
 * disagree.
 */
public final class RecordGroups {

	private static final Map<String, String> GROUP_OF_PACKAGE = Map.of("checkpoints", "G-CHECKPOINTS", "screening", "G-SCREENING", "community",
			"G-COMMUNITY", "medical", "G-MEDICAL", "materials", "G-MATERIALS", "funds", "G-FUNDS", "publicity", "G-PUBLICITY", "schools",
			"G-SCHOOLS", "office", "G-OFFICE", "supervision", "G-SUPERVISION");

	private RecordGroups() {
	}

	/**
	 * The code of the working group whose records these are, or {@code null} for those of no
	 * group. A group's records are the entities of its model package; the organisation and
	 * diagrams, and the volunteers every group draws on, belong to none.
	 */
	public static String owningGroupCode(Class<?> recordType) {
		String pkg = recordType.getPackageName();
		String last = pkg.substring(pkg.lastIndexOf('.') + 1);
		return GROUP_OF_PACKAGE.get(last);
	}
}
