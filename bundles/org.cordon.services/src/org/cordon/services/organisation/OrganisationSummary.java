package org.cordon.services.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headline counts of the organisation, as `bin/cordon summary` prints them. */
public record OrganisationSummary(long leadingGroups, long workingGroups, long positions, long persons,
		long townships, long communities, long units, long pairings, long unpairedCommunities) {

	/** The counts under their stable keys, in the order they are printed. */
	public Map<String, Long> asKeyValues() {
		Map<String, Long> values = new LinkedHashMap<>();
		values.put("townships", townships);
		values.put("communities", communities);
		values.put("units", units);
		values.put("pairings", pairings);
		values.put("unpaired_communities", unpairedCommunities);
		values.put("leading_groups", leadingGroups);
		values.put("working_groups", workingGroups);
		values.put("positions", positions);
		values.put("persons", persons);
		return values;
	}
}
