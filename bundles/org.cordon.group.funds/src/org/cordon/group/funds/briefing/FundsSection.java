package org.cordon.group.funds.briefing;

import java.time.LocalDate;
import java.util.List;

import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.funds.FundsFigures;
import org.cordon.services.funds.FundsService;

/** The funds group's briefing section: allocated, spent and the balance. */
public class FundsSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		FundsFigures funds = services.get(FundsService.class).figures();
		return new Content(List.of("经费为台账总数。 Funds are the ledger's totals, not as of " + day + "."),
				List.of(BriefingFigure.total("下拨经费（元） Allocated (yuan)", funds.allocatedYuan().toPlainString()),
						BriefingFigure.total("已支出（元） Spent (yuan)", funds.spentYuan().toPlainString()),
						BriefingFigure.total("结余（元） Balance (yuan)", funds.balanceYuan().toPlainString())));
	}
}
