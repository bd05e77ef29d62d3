package org.cordon.services.community;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.cordon.model.screening.KeyPersonCategory;

/**
 * A residential community as the community group sees it: who answers for it, how many building
 * leaders it has, and the key persons (returnees and close contacts) living there.
 *
 * @param pairedUnit the name of the county unit paired with it (包联), or {@code null} when none is
 * @param keyPersons key persons living in the community, per category; categories without any are absent
 */
public record CommunityFigures(String townshipCode, String township, String communityCode, String community, int households,
		String pairedUnit, long buildingLeaders, Map<KeyPersonCategory, Long> keyPersons) {

	public CommunityFigures {
		keyPersons = keyPersons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(keyPersons));
	}

	public long keyPersons(KeyPersonCategory category) {
		return keyPersons.getOrDefault(category, 0L);
	}

	public long keyPersonsInAll() {
		return keyPersons.values().stream().mapToLong(Long::longValue).sum();
	}
}
