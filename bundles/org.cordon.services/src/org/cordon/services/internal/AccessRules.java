package org.cordon.services.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.services.records.AccessRefusedException;

import jakarta.persistence.EntityManager;

/**
 * Who may change what, from the organisation chart (deployment.md):
 * <ul>
 * <li>everyone may read;</li>
 * <li>a working group's records (those of its model package, e.g. {@code checkpoints}) may be
 * changed by the holders of a position in that group;</li>
 * <li>the organisation, the diagrams and anything else by administrators: the holders of a
 * position in the leading group's office, which keeps the organisation.</li>
 * </ul>
 * A user is the person whose code is their log-in name (case ignored). A database user who is no
 * person, such as the administrator account a server was set up with, administers: database
 * users are created by administrators only. On a single desk (embedded database) the local user
 * administers and nothing is checked.
 */
public final class AccessRules {


	private final String user;
	private final Person person;
	private final boolean administrator;
	private final Set<String> groupsOfUser;

	private AccessRules(String user, Person person, boolean administrator, Set<String> groupsOfUser) {
		this.user = user;
		this.person = person;
		this.administrator = administrator;
		this.groupsOfUser = groupsOfUser;
	}

	/** The rules for whoever works in this entity manager's database. */
	public static AccessRules of(EntityManager em) {
		Object serverUser = em.getEntityManagerFactory().getProperties().get(org.cordon.persistence.DatabaseSettings.SERVER_USER_FACTORY_PROPERTY);
		if (!(serverUser instanceof String user) || user.isBlank()) {
			return new AccessRules(null, null, true, Set.of());
		}
		List<Person> people = em.createQuery("select p from Person p where upper(p.code) = :login", Person.class)
				.setParameter("login", user.toUpperCase(Locale.ROOT)).getResultList();
		if (people.isEmpty()) {
			return new AccessRules(user, null, true, Set.of());
		}
		Person person = people.get(0);
		List<Position> held = em.createQuery("select p from Position p where p.holder = :person", Position.class)
				.setParameter("person", person).getResultList();
		boolean administrator = held.stream().anyMatch(p -> p.getWorkingGroup() != null && p.getWorkingGroup().getKind() == WorkingGroupKind.OFFICE);
		Set<String> groups = held.stream().filter(p -> p.getWorkingGroup() != null).map(p -> p.getWorkingGroup().getCode())
				.collect(Collectors.toCollection(LinkedHashSet::new));
		return new AccessRules(user, person, administrator, groups);
	}

	/** Checks the user may change every one of the records. */
	public static void checkWrite(EntityManager em, Collection<? extends CordonEntity> records) {
		if (records.isEmpty()) {
			return;
		}
		AccessRules rules = of(em);
		for (CordonEntity record : records) {
			rules.check(em, record.getClass());
		}
	}

	/**
	 * @throws AccessRefusedException naming who may, when the user may not change records of this type
	 */
	public void check(EntityManager em, Class<?> recordType) {
		if (administrator) {
			return;
		}
		String groupCode = owningGroupCode(recordType);
		if (groupCode != null && groupsOfUser.contains(groupCode)) {
			return;
		}
		String kind = em.getMetamodel().entity(recordType).getName();
		WorkingGroup group = groupCode == null ? null : em.find(WorkingGroup.class, idOf(em, groupCode));
		if (group == null) {
			throw new AccessRefusedException("Only an administrator (a holder of a position in the leading group's office) may change "
					+ kind + " records; " + describeUser() + " may not.");
		}
		List<String> holders = em.createQuery("select distinct p.holder.name from Position p where p.workingGroup = :group and p.holder is not null order by p.holder.name",
				String.class).setParameter("group", group).getResultList();
		throw new AccessRefusedException("Only members of " + group.getName() + " (" + shortList(holders) + ") or an administrator may change "
				+ kind + " records; " + describeUser() + " may not.");
	}

	/**
	 * @throws AccessRefusedException unless the user administers; {@code action} completes "may …"
	 */
	public void requireAdministrator(String action) {
		if (!administrator) {
			throw new AccessRefusedException("Only an administrator (a holder of a position in the leading group's office) may " + action + "; "
					+ describeUser() + " may not.");
		}
	}

	private String describeUser() {
		return person == null ? user : person.getName() + " (" + user + ")";
	}

	private static Long idOf(EntityManager em, String code) {
		List<Long> ids = em.createQuery("select g.id from WorkingGroup g where g.code = :code", Long.class).setParameter("code", code).getResultList();
		return ids.isEmpty() ? -1L : ids.get(0);
	}

	private static String shortList(List<String> names) {
		if (names.isEmpty()) {
			return "nobody yet";
		}
		return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", …";
	}

	/** The rule is {@link org.cordon.persistence.RecordGroups}, which the database's grants follow too. */
	static String owningGroupCode(Class<?> recordType) {
		return org.cordon.persistence.RecordGroups.owningGroupCode(recordType);
	}
}
