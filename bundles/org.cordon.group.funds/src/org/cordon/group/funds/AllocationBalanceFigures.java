package org.cordon.group.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cordon.services.funds.AllocationBalance;
import org.cordon.services.funds.FundsService;
import org.cordon.ui.figures.FigureColumn;
import org.cordon.ui.figures.FigureKind;
import org.cordon.ui.figures.FigureRow;
import org.cordon.ui.figures.Figures;
import org.cordon.ui.figures.FiguresProvider;
import org.eclipse.ui.services.IServiceLocator;

/** Each allocation of funds, what was spent against it, and its balance; the totals row is the county's. */
public class AllocationBalanceFigures implements FiguresProvider {

	@Override
	public Figures load(IServiceLocator services) {
		List<FigureRow> rows = new ArrayList<>();
		for (AllocationBalance allocation : services.getService(FundsService.class).balances()) {
			rows.add(FigureRow.of(allocation.code(), allocation.date().toString(), allocation.source(), allocation.purpose(),
					allocation.allocatedYuan(), allocation.expenditures(), allocation.spentYuan(), allocation.balanceYuan()));
		}
		return new Figures(Messages.heading, List.of(FigureColumn.text(Messages.allocation),
				FigureColumn.text(Messages.date), FigureColumn.text(Messages.source), FigureColumn.text(Messages.purpose), FigureColumn.yuan(Messages.allocated),
				FigureColumn.count(Messages.expenditures), FigureColumn.yuan(Messages.spent),
				new FigureColumn(Messages.balance, FigureKind.YUAN, true,
						value -> value != null && ((BigDecimal) value).signum() < 0 ? Messages.overspent : null)),
				rows);
	}
}
