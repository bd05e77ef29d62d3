package org.cordon.services.volunteers;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = VolunteerService.class)
public class VolunteerServiceImpl implements VolunteerService {

	private final Transactions transactions;

	@Activate
	public VolunteerServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public long volunteers() {
		return transactions.read(em -> em.createQuery("select count(v) from Volunteer v", Long.class).getSingleResult());
	}

	@Override
	public long teams() {
		return transactions.read(em -> em.createQuery("select count(t) from VolunteerTeam t", Long.class).getSingleResult());
	}
}
