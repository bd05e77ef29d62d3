package org.cordon.diagram.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Township;
import org.cordon.services.organisation.OrganisationSnapshot;

/**
 * The pairing look-ups of one snapshot, by code, built once: the snapshot's own look-ups scan
 * every pairing on each call, which a diagram asks thousands of times. Also says in which
 * township a unit is drawn: the one holding most of its communities.
 */
final class PairingIndex {

	private static PairingIndex last;

	private final OrganisationSnapshot snapshot;
	private final Map<String, List<Community>> communitiesByTownship = new HashMap<>();
	private final Map<String, Pairing> pairingByCommunity = new HashMap<>();
	private final Map<String, List<Community>> communitiesByUnit = new HashMap<>();
	private final Map<String, List<CountyUnit>> unitsByTownship = new HashMap<>();
	private final List<CountyUnit> unitsWithoutCommunities = new ArrayList<>();

	private PairingIndex(OrganisationSnapshot snapshot) {
		this.snapshot = snapshot;
		for (Community community : snapshot.communities()) {
			if (community.getTownship() != null) {
				communitiesByTownship.computeIfAbsent(community.getTownship().getCode(), k -> new ArrayList<>()).add(community);
			}
		}
		for (Pairing pairing : snapshot.pairings()) {
			if (pairing.getCommunity() == null || pairing.getUnit() == null) {
				continue;
			}
			pairingByCommunity.putIfAbsent(pairing.getCommunity().getCode(), pairing);
			communitiesByUnit.computeIfAbsent(pairing.getUnit().getCode(), k -> new ArrayList<>()).add(pairing.getCommunity());
		}
		communitiesByUnit.values().forEach(list -> list.sort(java.util.Comparator.comparing(Community::getCode)));
		Map<String, Integer> townshipOrder = new HashMap<>();
		for (Township township : snapshot.townships()) {
			townshipOrder.put(township.getCode(), townshipOrder.size());
		}
		for (CountyUnit unit : snapshot.units()) {
			String home = homeTownship(communitiesOf(unit), townshipOrder);
			if (home == null) {
				unitsWithoutCommunities.add(unit);
			} else {
				unitsByTownship.computeIfAbsent(home, k -> new ArrayList<>()).add(unit);
			}
		}
	}

	/** The index of a snapshot; the last one is kept, as a diagram asks many times about one snapshot. */
	static synchronized PairingIndex of(OrganisationSnapshot snapshot) {
		if (last == null || last.snapshot != snapshot) {
			last = new PairingIndex(snapshot);
		}
		return last;
	}

	/** The township with most of the communities, the earliest in the model's order on a tie. */
	private static String homeTownship(List<Community> communities, Map<String, Integer> townshipOrder) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Community community : communities) {
			if (community.getTownship() != null && townshipOrder.containsKey(community.getTownship().getCode())) {
				counts.merge(community.getTownship().getCode(), 1, Integer::sum);
			}
		}
		String best = null;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (best == null || entry.getValue() > counts.get(best)
					|| entry.getValue().equals(counts.get(best)) && townshipOrder.get(entry.getKey()) < townshipOrder.get(best)) {
				best = entry.getKey();
			}
		}
		return best;
	}

	List<Community> communitiesOf(Township township) {
		return communitiesByTownship.getOrDefault(township.getCode(), List.of());
	}

	Optional<Pairing> pairingOf(Community community) {
		return Optional.ofNullable(pairingByCommunity.get(community.getCode()));
	}

	List<Community> communitiesOf(CountyUnit unit) {
		return communitiesByUnit.getOrDefault(unit.getCode(), List.of());
	}

	int loadOf(CountyUnit unit) {
		return communitiesOf(unit).size();
	}

	/** The units drawn in a township: those with most of their communities there. */
	List<CountyUnit> unitsIn(Township township) {
		return unitsByTownship.getOrDefault(township.getCode(), List.of());
	}

	/** Units answering for no community, drawn outside the townships. */
	List<CountyUnit> unitsWithoutCommunities() {
		return unitsWithoutCommunities;
	}
}
