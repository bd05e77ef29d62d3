package org.cordon.services.screening;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.Quarantine;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.MappedColumns;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * The board's day is read in three SQL statements on the transaction's connection, as rows: the
 * persons in quarantine, their members' roles and the day's reports. In a wave that is 9,000
 * persons with 45,000 members and reports; as entities through EclipseLink, read by lists of ids,
 * it took 5 to 9 s (Derby scanned the reports' key-person index for each list), as rows it takes
 * under a second. The members' join names its plan: a nested loop probing the unique index of
 * (person, role) for each quarantine; on a database just loaded, without index statistics, Derby's
 * own choice was a scan of the whole table per quarantine (over ten minutes). The day's reports
 * are one range of the index of a day's cells, which holds every column read (a probe per
 * quarantine and role took twice as long, most of it in fetching the rows); Derby chooses it with
 * statistics and without, and a database still without the index (a server whose owner has not
 * opened it since) reads the rows by another. Other databases read the Derby hints as comments.
 */
@Component(service = TemperatureService.class)
public class TemperatureServiceImpl implements TemperatureService {

	private final Transactions transactions;

	@Activate
	public TemperatureServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public TemperatureDay day(LocalDate day) {
		return transactions.readInTransaction(em -> {
			try {
				return new DayRead(em, day).read();
			} catch (SQLException e) {
				throw new PersistenceException("the temperatures of " + day + " could not be read: " + e.getMessage(), e);
			}
		});
	}

	/** The SQL of one day, with table and column names as EclipseLink maps them. */
	private static final class DayRead {
		private final Connection connection;
		private final LocalDate day;
		private final String quarantines;
		private final String inQuarantine;
		private final String quarantinePerson;
		private final String persons;
		private final String members;
		private final String reports;

		DayRead(EntityManager em, LocalDate day) {
			this.connection = em.unwrap(Connection.class);
			this.day = day;
			this.quarantines = MappedColumns.table(em, Quarantine.class);
			this.quarantinePerson = "q." + MappedColumns.column(em, Quarantine.class, "keyPerson");
			this.inQuarantine = "q." + MappedColumns.column(em, Quarantine.class, "start") + " <= ? AND (q." + MappedColumns.column(em, Quarantine.class, "end")
					+ " IS NULL OR q." + MappedColumns.column(em, Quarantine.class, "end") + " >= ?)";
			persons = "SELECT DISTINCT p." + MappedColumns.column(em, KeyPerson.class, "id") + ", p." + MappedColumns.column(em, KeyPerson.class, "code") + ", p."
					+ MappedColumns.column(em, KeyPerson.class, "name") + " FROM " + quarantines + " q, " + MappedColumns.table(em, KeyPerson.class) + " p WHERE p."
					+ MappedColumns.column(em, KeyPerson.class, "id") + " = " + quarantinePerson + " AND " + inQuarantine;
			members = "SELECT " + quarantinePerson + ", m." + MappedColumns.column(em, FollowUpMember.class, "role") + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n "
					+ quarantines + " q, " + MappedColumns.table(em, FollowUpMember.class)
					+ " m --DERBY-PROPERTIES constraint=FOLLOW_UP_MEMBER_ROLE, joinStrategy=NESTEDLOOP\n WHERE m."
					+ MappedColumns.column(em, FollowUpMember.class, "keyPerson") + " = " + quarantinePerson + " AND " + inQuarantine;
			reports = "SELECT t." + MappedColumns.column(em, TemperatureReport.class, "keyPerson") + ", t." + MappedColumns.column(em, TemperatureReport.class, "role")
					+ ", t." + MappedColumns.column(em, TemperatureReport.class, "id") + ", t." + MappedColumns.column(em, TemperatureReport.class, "version") + ", t."
					+ MappedColumns.column(em, TemperatureReport.class, "temperatureC") + " FROM " + MappedColumns.table(em, TemperatureReport.class)
					+ " t WHERE t." + MappedColumns.column(em, TemperatureReport.class, "date") + " = ?";
		}

		TemperatureDay read() throws SQLException {
			record Person(long id, String code, String name) {
			}
			List<Person> inQuarantine = new ArrayList<>();
			try (PreparedStatement statement = prepare(persons); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					inQuarantine.add(new Person(rows.getLong(1), rows.getString(2), rows.getString(3)));
				}
			}
			Map<Long, Set<FollowUpRole>> teams = new HashMap<>();
			try (PreparedStatement statement = prepare(members); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					teams.computeIfAbsent(rows.getLong(1), id -> EnumSet.noneOf(FollowUpRole.class)).add(FollowUpRole.valueOf(rows.getString(2)));
				}
			}
			Map<Long, Map<FollowUpRole, Confirmation>> confirmations = new HashMap<>();
			try (PreparedStatement statement = connection.prepareStatement(reports)) {
				statement.setDate(1, Date.valueOf(day));
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						long person = rows.getLong(1);
						if (teams.containsKey(person)) {
							confirmations.computeIfAbsent(person, id -> new EnumMap<>(FollowUpRole.class)).put(FollowUpRole.valueOf(rows.getString(2)),
									new Confirmation(rows.getLong(3), rows.getLong(4), rows.getBigDecimal(5)));
						}
					}
				}
			}
			inQuarantine.sort(Comparator.comparing(Person::code));
			List<FollowedPerson> followed = new ArrayList<>(teams.size());
			int unfollowed = 0;
			for (Person person : inQuarantine) {
				Set<FollowUpRole> team = teams.get(person.id());
				if (team == null) {
					unfollowed++;
				} else {
					followed.add(new FollowedPerson(person.id(), person.code(), person.name(), team, confirmations.getOrDefault(person.id(), Map.of())));
				}
			}
			return new TemperatureDay(day, followed, unfollowed);
		}

		/** A statement of the persons in quarantine on the day. */
		private PreparedStatement prepare(String sql) throws SQLException {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.setDate(1, Date.valueOf(day));
			statement.setDate(2, Date.valueOf(day));
			return statement;
		}
	}

	@Override
	public Optional<LocalDate> lastReportDay() {
		return Optional.ofNullable(transactions.read(em -> em.createQuery("select max(t.date) from TemperatureReport t", LocalDate.class)
				.getSingleResult()));
	}

	@Override
	public void confirm(LocalDate day, List<TypedTemperature> typed) {
		transactions.writeVoid(em -> {
			List<TemperatureReport> reports = new ArrayList<>(typed.size());
			for (TypedTemperature temperature : typed) {
				reports.add(temperature.read() == null ? created(em, day, temperature) : changed(em, temperature));
			}
			Transactions.store(em, reports);
		});
	}

	private static TemperatureReport created(EntityManager em, LocalDate day, TypedTemperature temperature) {
		KeyPerson person = em.find(KeyPerson.class, temperature.personId());
		if (person == null) {
			throw new OptimisticLockException("The key person was deleted on another desk.");
		}
		if (!em.createQuery("select t.id from TemperatureReport t where t.date = :day and t.keyPerson = :person and t.role = :role", Long.class)
				.setParameter("day", day).setParameter("person", person).setParameter("role", temperature.role()).getResultList().isEmpty()) {
			throw new OptimisticLockException("Another desk confirmed the " + temperature.role().csvWord() + " temperature of " + person.getCode() + " on " + day
					+ " first.");
		}
		return new TemperatureReport(day, person, temperature.role(), temperature.temperatureC());
	}

	private static TemperatureReport changed(EntityManager em, TypedTemperature temperature) {
		TemperatureReport report = em.find(TemperatureReport.class, temperature.read().reportId());
		if (report == null || report.getVersion() != temperature.read().version()) {
			throw new OptimisticLockException("Another desk " + (report == null ? "deleted" : "changed") + " the temperature report first.");
		}
		report.setTemperatureC(temperature.temperatureC());
		return report;
	}
}
