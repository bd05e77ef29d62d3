package org.cordon.services.schools;

import java.math.BigDecimal;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SchoolService.class)
public class SchoolServiceImpl implements SchoolService {

	private final Transactions transactions;

	@Activate
	public SchoolServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public SchoolFigures figures() {
		return transactions.read(em -> {
			long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
			long plans = em.createQuery("select count(s) from School s where s.reopeningPlan = true", Long.class).getSingleResult();
			Object[] disinfectant = em.createQuery(
					"select count(s), coalesce(sum(s.disinfectantLitres), 0) from School s where s.disinfectantLitres > 0", Object[].class)
					.getSingleResult();
			Object[] online = em.createQuery("select count(s), coalesce(sum(s.onlineClasses), 0), coalesce(sum(s.onlineTeachers), 0)"
					+ " from School s where s.onlineTeaching = true", Object[].class).getSingleResult();
			return new SchoolFigures(schools, plans, ((Number) disinfectant[0]).longValue(), decimal(disinfectant[1]),
					((Number) online[0]).longValue(), ((Number) online[1]).longValue(), ((Number) online[2]).longValue());
		});
	}

	private static BigDecimal decimal(Object sum) {
		return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
	}
}
