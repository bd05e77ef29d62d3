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
		return new Figures("Funds (资金保障): allocations, spending and what is left", List.of(FigureColumn.text("Allocation"),
				FigureColumn.text("Date"), FigureColumn.text("Source"), FigureColumn.text("Purpose"), FigureColumn.yuan("Allocated (yuan)"),
				FigureColumn.count("Expenditures"), FigureColumn.yuan("Spent (yuan)"),
				new FigureColumn("Balance (yuan)", FigureKind.YUAN, true,
						value -> value != null && ((BigDecimal) value).signum() < 0 ? "overspent" : null)),
				rows);
	}
}
