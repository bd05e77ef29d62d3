package org.cordon.services.funds;

import java.math.BigDecimal;

import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = FundsService.class)
public class FundsServiceImpl implements FundsService {

	private final Transactions transactions;

	@Activate
	public FundsServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public FundsFigures figures() {
		return transactions.read(em -> new FundsFigures(
				em.createQuery("select coalesce(sum(a.amountYuan), 0) from FundAllocation a", BigDecimal.class).getSingleResult().setScale(2),
				em.createQuery("select coalesce(sum(e.amountYuan), 0) from Expenditure e", BigDecimal.class).getSingleResult().setScale(2)));
	}
}
