package org.cordon.services.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.TemperatureReport;

/**
 * A key person in quarantine on a day, the members of the five who follow them (五包一) and the
 * temperatures those members confirmed that day, all detached.
 */
public record FollowedPerson(KeyPerson person, Map<FollowUpRole, FollowUpMember> members, Map<FollowUpRole, TemperatureReport> reports) {

	public FollowedPerson {
		Objects.requireNonNull(person, "person");
		members = Collections.unmodifiableMap(copy(members));
		reports = Collections.unmodifiableMap(copy(reports));
	}

	private static <V> Map<FollowUpRole, V> copy(Map<FollowUpRole, V> map) {
		Map<FollowUpRole, V> copy = new EnumMap<>(FollowUpRole.class);
		copy.putAll(map);
		return copy;
	}

	/** Whether every one of the five roles has confirmed the day's temperature. */
	public boolean complete() {
		return reports.size() == FollowUpRole.values().length;
	}

	public int missingConfirmations() {
		return FollowUpRole.values().length - reports.size();
	}

	public boolean fever() {
		return reports.values().stream().anyMatch(TemperatureReport::isFever);
	}
}
