package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TemperatureService.class)
public class TemperatureServiceImpl implements TemperatureService {

	private final Transactions transactions;

	/** Ids in one IN list: a database takes only so many parameters. */
	private static final int ID_SLICE = 500;

	@Activate
	public TemperatureServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public TemperatureDay day(LocalDate day) {
		return transactions.readInTransaction(em -> {
			List<KeyPerson> inQuarantine = em.createQuery("select distinct q.keyPerson from Quarantine q"
					+ " where q.start <= :day and (q.end is null or q.end >= :day)", KeyPerson.class).setParameter("day", day).getResultList();
			Map<Long, Map<FollowUpRole, FollowUpMember>> members = new LinkedHashMap<>();
			// By lists of ids, each an index probe: as "in (select … from Quarantine …)" Derby chose, on a
			// database just loaded (no index statistics yet), a nested loop scanning the 20,000
			// quarantines for each of the 100,000 members, and the board took over ten minutes.
			List<Long> ids = inQuarantine.stream().map(KeyPerson::getId).toList();
			for (int from = 0; from < ids.size(); from += ID_SLICE) {
				for (FollowUpMember member : em.createQuery("select m from FollowUpMember m where m.keyPerson.id in :ids", FollowUpMember.class)
						.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ID_SLICE))).getResultList()) {
					members.computeIfAbsent(member.getKeyPerson().getId(), id -> new EnumMap<>(FollowUpRole.class)).put(member.getRole(), member);
				}
			}
			Map<Long, Map<FollowUpRole, TemperatureReport>> reports = new LinkedHashMap<>();
			// Only the reports of those in quarantine that day: a record each is what costs here (the
			// scale data's last day has 100,000 reports for 9,090 persons in quarantine).
			for (int from = 0; from < ids.size(); from += ID_SLICE) {
				for (TemperatureReport report : em.createQuery("select t from TemperatureReport t where t.date = :day and t.keyPerson.id in :ids",
						TemperatureReport.class).setParameter("day", day).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ID_SLICE)))
						.getResultList()) {
					reports.computeIfAbsent(report.getKeyPerson().getId(), id -> new EnumMap<>(FollowUpRole.class)).put(report.getRole(), report);
				}
			}
			List<FollowedPerson> followed = new ArrayList<>();
			int unfollowed = 0;
			for (KeyPerson person : inQuarantine.stream().sorted(java.util.Comparator.comparing(KeyPerson::getCode)).toList()) {
				Map<FollowUpRole, FollowUpMember> team = members.get(person.getId());
				if (team == null) {
					unfollowed++;
				} else {
					followed.add(new FollowedPerson(person, team, reports.getOrDefault(person.getId(), Map.of())));
				}
			}
			return new TemperatureDay(day, followed, unfollowed);
		});
	}

	@Override
	public Optional<LocalDate> lastReportDay() {
		return Optional.ofNullable(transactions.read(em -> em.createQuery("select max(t.date) from TemperatureReport t", LocalDate.class)
				.getSingleResult()));
	}

	@Override
	public List<TemperatureReport> save(List<TemperatureReport> reports) {
		return transactions.write(em -> {
			for (TemperatureReport report : reports) {
				if (report.getId() == null) {
					// A new record refers to what the board read earlier; it joins this transaction's copy.
					report.setKeyPerson(em.find(KeyPerson.class, report.getKeyPerson().getId()));
				}
			}
			return Transactions.store(em, reports);
		});
	}
}
