package org.cordon.services.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;

/**
 * The whole organisation as read in one transaction: detached entities that refer to each other,
 * with the look-ups a navigator or a diagram needs. Lists come sorted for display.
 */
public record OrganisationSnapshot(List<LeadingGroup> leadingGroups, List<WorkingGroup> workingGroups,
		List<Position> positions, List<Person> persons, List<Township> townships, List<Community> communities,
		List<CountyUnit> units, List<Pairing> pairings) {

	public OrganisationSnapshot {
		leadingGroups = List.copyOf(leadingGroups);
		workingGroups = List.copyOf(workingGroups);
		positions = List.copyOf(positions);
		persons = List.copyOf(persons);
		townships = List.copyOf(townships);
		communities = List.copyOf(communities);
		units = List.copyOf(units);
		pairings = List.copyOf(pairings);
	}

	public static OrganisationSnapshot empty() {
		return new OrganisationSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** The office and the working groups of a leading group, office first. */
	public List<WorkingGroup> groupsOf(LeadingGroup leadingGroup) {
		return workingGroups.stream().filter(g -> sameRecord(g.getLeadingGroup(), leadingGroup)).toList();
	}

	/** The seats of the leading group itself: leaders, deputies, members. */
	public List<Position> leadershipOf(LeadingGroup leadingGroup) {
		return positions.stream()
				.filter(p -> p.getWorkingGroup() == null && sameRecord(p.getLeadingGroup(), leadingGroup)).toList();
	}

	public List<Position> positionsOf(WorkingGroup group) {
		return positions.stream().filter(p -> sameRecord(p.getWorkingGroup(), group)).toList();
	}

	public List<Community> communitiesOf(Township township) {
		return communities.stream().filter(c -> sameRecord(c.getTownship(), township)).toList();
	}

	public Optional<Pairing> pairingOf(Community community) {
		return pairings.stream().filter(p -> sameRecord(p.getCommunity(), community)).findFirst();
	}

	public List<Community> communitiesPairedWith(CountyUnit unit) {
		return pairings.stream().filter(p -> sameRecord(p.getUnit(), unit)).map(Pairing::getCommunity)
				.sorted(Comparator.comparing(Community::getCode)).toList();
	}

	public List<Community> unpairedCommunities() {
		Map<String, Pairing> byCommunity = pairings.stream()
				.collect(Collectors.toMap(p -> p.getCommunity().getCode(), Function.identity(), (a, b) -> a));
		return communities.stream().filter(c -> !byCommunity.containsKey(c.getCode())).toList();
	}

	private static boolean sameRecord(Object a, Object b) {
		if (a == null || b == null) {
			return false;
		}
		if (a == b) {
			return true;
		}
		return a instanceof org.cordon.model.CordonEntity x && b instanceof org.cordon.model.CordonEntity y
				&& x.getClass() == y.getClass() && Objects.equals(x.getCode(), y.getCode());
	}
}
