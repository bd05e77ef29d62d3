package org.cordon.services.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.funds.FundAllocation;

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

	@Override
	public List<AllocationBalance> balances() {
		return transactions.readInTransaction(em -> {
			Map<Long, Object[]> spent = new HashMap<>();
			for (Object[] row : em.createQuery("select e.allocation.id, count(e), sum(e.amountYuan) from Expenditure e group by e.allocation.id",
					Object[].class).getResultList()) {
				spent.put((Long) row[0], row);
			}
			List<AllocationBalance> balances = new ArrayList<>();
			for (FundAllocation allocation : em.createQuery("select a from FundAllocation a order by a.date, a.code", FundAllocation.class)
					.getResultList()) {
				Object[] row = spent.get(allocation.getId());
				balances.add(new AllocationBalance(allocation.getCode(), allocation.getDate(), allocation.getSource(), allocation.getPurpose(),
						allocation.getAmountYuan().setScale(2), row == null ? 0 : ((Number) row[1]).longValue(),
						row == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) row[2]).setScale(2)));
			}
			return balances;
		});
	}
}
