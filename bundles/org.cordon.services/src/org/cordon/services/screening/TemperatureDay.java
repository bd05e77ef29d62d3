package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily temperatures of one day: every key person in quarantine that day whom a five-to-one
 * team (五包一) follows, by code.
 *
 * @param unfollowed the key persons in quarantine that day whom no follow-up member is assigned to
 */
public record TemperatureDay(LocalDate day, List<FollowedPerson> persons, int unfollowed) {

	public TemperatureDay {
		persons = List.copyOf(persons);
	}

	public long complete() {
		return persons.stream().filter(FollowedPerson::complete).count();
	}

	public long incomplete() {
		return persons.size() - complete();
	}

	public int missingConfirmations() {
		return persons.stream().mapToInt(FollowedPerson::missingConfirmations).sum();
	}

	public long withFever() {
		return persons.stream().filter(FollowedPerson::fever).count();
	}
}
