package org.cordon.group.materials.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.materials.DonationFigures;
import org.cordon.services.materials.DonationService;
import org.cordon.services.materials.StockLine;
import org.cordon.services.materials.StockService;

/** The materials group's briefing section: donations and the stock on hand. */
public class MaterialsSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		DonationFigures donations = services.get(DonationService.class).figures();
		List<BriefingFigure> figures = new ArrayList<>();
		figures.add(BriefingFigure.total("捐赠企业 Donor companies", Long.toString(donations.companies())));
		figures.add(BriefingFigure.total("捐赠个人 Donor individuals", Long.toString(donations.individuals())));
		figures.add(BriefingFigure.total("捐赠组织 Donor organisations", Long.toString(donations.organisations())));
		figures.add(BriefingFigure.total("捐款（元） Cash donated (yuan)", donations.cashYuan().toPlainString()));
		for (Map.Entry<String, Long> goods : donations.goods().entrySet()) {
			figures.add(BriefingFigure.total("捐赠 Donated: " + goods.getKey(), Long.toString(goods.getValue())));
		}
		for (StockLine line : services.get(StockService.class).onHand()) {
			figures.add(BriefingFigure.total("库存 On hand: " + line.item() + " (" + line.unit() + ")", Long.toString(line.onHand())));
		}
		// The donation and stock ledgers are summed as a whole; there is no as-of-day query for them yet.
		return new Content(List.of("捐赠与库存为台账总数。 Donations and stock are the ledgers' totals, not as of " + day + "."),
				figures);
	}
}
