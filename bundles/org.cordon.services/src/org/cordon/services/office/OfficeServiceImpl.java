package org.cordon.services.office;

import org.cordon.model.office.MeetingKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = OfficeService.class)
public class OfficeServiceImpl implements OfficeService {

	private final Transactions transactions;

	@Activate
	public OfficeServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public OfficeFigures figures() {
		return transactions.read(em -> new OfficeFigures(em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult(),
				meetings(em, MeetingKind.LEADING_GROUP), meetings(em, MeetingKind.VIDEO),
				em.createQuery("select count(d) from OfficeDocument d", Long.class).getSingleResult()));
	}

	private static long meetings(EntityManager em, MeetingKind kind) {
		return em.createQuery("select count(m) from Meeting m where m.kind = :kind", Long.class).setParameter("kind", kind).getSingleResult();
	}
}
