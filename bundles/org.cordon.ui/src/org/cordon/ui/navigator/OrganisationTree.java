package org.cordon.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.services.organisation.OrganisationSnapshot;

/**
 * The navigator's nodes over one snapshot: leading group → its leaders, the office and the groups
 * → positions → the person holding each; townships → communities; county units → the communities
 * they answer for. Indexed by code once, in the job that read the snapshot: the snapshot's own
 * look-ups scan every record on each call, and a tree asks whether each of its 660 top nodes has
 * children, and each community for its pairing, at ten times the county. So whether a node has
 * children is a map look-up, and a node's children are listed only when it is expanded.
 */
final class OrganisationTree {

	static final String TOWNSHIPS = "townships";
	static final String UNITS = "units";
	static final String MEMBERS = "members:";

	private final OrganisationSnapshot snapshot;
	private final Map<String, List<Position>> leadershipByLeadingGroup = new HashMap<>();
	private final Map<String, List<WorkingGroup>> groupsByLeadingGroup = new HashMap<>();
	private final Map<String, List<Position>> positionsByGroup = new HashMap<>();
	private final Map<String, List<Community>> communitiesByTownship = new HashMap<>();
	private final Map<String, Pairing> pairingByCommunity = new HashMap<>();
	private final Map<String, List<Community>> communitiesByUnit = new HashMap<>();

	OrganisationTree(OrganisationSnapshot snapshot) {
		this.snapshot = snapshot;
		for (WorkingGroup group : snapshot.workingGroups()) {
			if (group.getLeadingGroup() != null) {
				groupsByLeadingGroup.computeIfAbsent(group.getLeadingGroup().getCode(), k -> new ArrayList<>()).add(group);
			}
		}
		// The snapshot lists positions in order of precedence; the lists keep that order.
		for (Position position : snapshot.positions()) {
			if (position.getWorkingGroup() != null) {
				positionsByGroup.computeIfAbsent(position.getWorkingGroup().getCode(), k -> new ArrayList<>()).add(position);
			} else if (position.getLeadingGroup() != null) {
				leadershipByLeadingGroup.computeIfAbsent(position.getLeadingGroup().getCode(), k -> new ArrayList<>()).add(position);
			}
		}
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
		communitiesByUnit.values().forEach(list -> list.sort(Comparator.comparing(Community::getCode)));
	}

	static OrganisationTree empty() {
		return new OrganisationTree(OrganisationSnapshot.empty());
	}

	OrganisationSnapshot snapshot() {
		return snapshot;
	}

	/** The leading groups, then the folders of the townships and of the county units. */
	List<Object> roots(String townshipsLabel, String unitsLabel) {
		List<Object> roots = new ArrayList<>(snapshot.leadingGroups());
		roots.add(new NavigatorFolder(TOWNSHIPS, townshipsLabel, snapshot.townships()));
		roots.add(new NavigatorFolder(UNITS, unitsLabel, snapshot.units()));
		return roots;
	}

	/**
	 * A node's children, listed now: leaders first, then the office and the groups, and the many
	 * member seats of a leading group in a folder of their own.
	 */
	List<?> children(Object element, MembersLabel membersLabel) {
		if (element instanceof LeadingGroup leadingGroup) {
			List<Position> seats = leadershipOf(leadingGroup);
			List<Object> children = new ArrayList<>(seats.stream().filter(p -> p.getRole() != PositionRole.MEMBER).toList());
			children.addAll(groupsOf(leadingGroup));
			List<Position> members = seats.stream().filter(p -> p.getRole() == PositionRole.MEMBER).toList();
			if (!members.isEmpty()) {
				children.add(new NavigatorFolder(MEMBERS + leadingGroup.getCode(), membersLabel.of(members.size()), members));
			}
			return children;
		}
		if (element instanceof WorkingGroup group) {
			return positionsOf(group);
		}
		if (element instanceof Position position) {
			return position.getHolder() == null ? List.of() : List.of(position.getHolder());
		}
		if (element instanceof NavigatorFolder folder) {
			return folder.children();
		}
		if (element instanceof Township township) {
			return communitiesOf(township);
		}
		if (element instanceof CountyUnit unit) {
			return communitiesPairedWith(unit);
		}
		return List.of();
	}

	/** Whether a node has children, without listing them. */
	boolean hasChildren(Object element) {
		if (element instanceof LeadingGroup leadingGroup) {
			return !leadershipOf(leadingGroup).isEmpty() || !groupsOf(leadingGroup).isEmpty();
		}
		if (element instanceof WorkingGroup group) {
			return !positionsOf(group).isEmpty();
		}
		if (element instanceof Position position) {
			return position.getHolder() != null;
		}
		if (element instanceof NavigatorFolder folder) {
			return !folder.children().isEmpty();
		}
		if (element instanceof Township township) {
			return !communitiesOf(township).isEmpty();
		}
		if (element instanceof CountyUnit unit) {
			return !communitiesPairedWith(unit).isEmpty();
		}
		return false;
	}

	List<Community> communitiesOf(Township township) {
		return communitiesByTownship.getOrDefault(township.getCode(), List.of());
	}

	List<Community> communitiesPairedWith(CountyUnit unit) {
		return communitiesByUnit.getOrDefault(unit.getCode(), List.of());
	}

	Optional<Pairing> pairingOf(Community community) {
		return Optional.ofNullable(pairingByCommunity.get(community.getCode()));
	}

	private List<Position> leadershipOf(LeadingGroup leadingGroup) {
		return leadershipByLeadingGroup.getOrDefault(leadingGroup.getCode(), List.of());
	}

	private List<WorkingGroup> groupsOf(LeadingGroup leadingGroup) {
		return groupsByLeadingGroup.getOrDefault(leadingGroup.getCode(), List.of());
	}

	private List<Position> positionsOf(WorkingGroup group) {
		return positionsByGroup.getOrDefault(group.getCode(), List.of());
	}

	/** The label of a leading group's folder of member seats, given how many there are. */
	interface MembersLabel {
		String of(int members);
	}
}
