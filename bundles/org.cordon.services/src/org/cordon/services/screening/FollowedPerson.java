package org.cordon.services.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cordon.model.screening.FollowUpRole;

/**
 * A key person in quarantine on a day, which of the five follow them (五包一) and the temperatures
 * those members confirmed that day. Values, not records: a board of 9,000 persons reads their 45,000
 * confirmations in half a second as rows, where as entities they took several.
 *
 * @param personId      the key person's id
 * @param members       the roles that have a member assigned
 * @param confirmations the day's confirmed temperatures by role
 */
public record FollowedPerson(long personId, String code, String name, Set<FollowUpRole> members, Map<FollowUpRole, Confirmation> confirmations) {

	public FollowedPerson {
		Objects.requireNonNull(code, "code");
		members = Collections.unmodifiableSet(members.isEmpty() ? EnumSet.noneOf(FollowUpRole.class) : EnumSet.copyOf(members));
		Map<FollowUpRole, Confirmation> copy = new EnumMap<>(FollowUpRole.class);
		copy.putAll(confirmations);
		confirmations = Collections.unmodifiableMap(copy);
	}

	/** Whether every one of the five roles has confirmed the day's temperature. */
	public boolean complete() {
		return confirmations.size() == FollowUpRole.values().length;
	}

	public int missingConfirmations() {
		return FollowUpRole.values().length - confirmations.size();
	}

	public boolean fever() {
		return confirmations.values().stream().anyMatch(Confirmation::fever);
	}
}
