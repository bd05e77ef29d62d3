package org.cordon.services.organisation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {

	private final Transactions transactions;

	@Activate
	public OrganisationServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public OrganisationSnapshot snapshot() {
		return transactions.read(OrganisationServiceImpl::read);
	}

	@Override
	public OrganisationSnapshot asOf(LocalDateTime moment) {
		java.util.Objects.requireNonNull(moment, "moment");
		// Today's records and the trail after the moment from one transaction: a change committed
		// in between would otherwise be counted twice or not at all.
		return transactions.readInTransaction(em -> {
			Map<String, Class<? extends CordonEntity>> kindsByName = new HashMap<>();
			for (Class<? extends CordonEntity> kind : OrganisationRewind.KINDS) {
				kindsByName.put(em.getMetamodel().entity(kind).getName(), kind);
			}
			OrganisationRewind rewind = new OrganisationRewind(read(em), kindsByName);
			rewind.undo(em.createQuery("select a from AuditEntry a where a.changedAt > :moment and a.recordKind in :kinds"
					+ " order by a.changedAt desc, a.entryOrder desc", AuditEntry.class)
					.setParameter("moment", moment).setParameter("kinds", kindsByName.keySet()).getResultList());
			return rewind.result();
		});
	}

	private static OrganisationSnapshot read(EntityManager em) {
		// Each kind after the kinds it refers to, so that EclipseLink finds a referenced record in
		// the persistence context by its key instead of reading it by a query of its own (the
		// persons now come before the positions they hold).
		List<LeadingGroup> leadingGroups = list(em, "select l from LeadingGroup l order by l.code", LeadingGroup.class);
		List<WorkingGroup> workingGroups = list(em, "select g from WorkingGroup g order by g.kind desc, g.sortOrder, g.code", WorkingGroup.class);
		List<Person> persons = list(em, "select p from Person p order by p.code", Person.class);
		List<Position> positions = byPrecedence(list(em, "select p from Position p", Position.class));
		List<Township> townships = list(em, "select t from Township t order by t.sortOrder, t.code", Township.class);
		List<Community> communities = list(em, "select c from Community c order by c.code", Community.class);
		List<CountyUnit> units = list(em, "select u from CountyUnit u order by u.code", CountyUnit.class);
		List<Pairing> pairings = list(em, "select p from Pairing p order by p.code", Pairing.class);
		return new OrganisationSnapshot(leadingGroups, workingGroups, positions, persons, townships, communities, units, pairings);
	}

	@Override
	public OrganisationSummary summary() {
		return transactions.read(em -> new OrganisationSummary(
				count(em, "select count(l) from LeadingGroup l"),
				count(em, "select count(g) from WorkingGroup g"),
				count(em, "select count(p) from Position p"),
				count(em, "select count(p) from Person p"),
				count(em, "select count(t) from Township t"),
				count(em, "select count(c) from Community c"),
				count(em, "select count(u) from CountyUnit u"),
				count(em, "select count(p) from Pairing p"),
				count(em, "select count(c) from Community c where not exists (select p from Pairing p where p.community = c)")));
	}

	@Override
	public <T extends CordonEntity> List<T> saveAll(List<T> records) {
		return transactions.saveAll(records);
	}

	/** Roles are stored by name; their order of precedence is the enumeration's. */
	private static List<Position> byPrecedence(List<Position> positions) {
		List<Position> sorted = new ArrayList<>(positions);
		sorted.sort(java.util.Comparator.comparing(Position::getRole).thenComparingInt(Position::getSortOrder)
				.thenComparing(Position::getCode));
		return sorted;
	}

	private static <T> List<T> list(EntityManager em, String jpql, Class<T> type) {
		return em.createQuery(jpql, type).getResultList();
	}

	private static long count(EntityManager em, String jpql) {
		return em.createQuery(jpql, Long.class).getSingleResult();
	}
}
