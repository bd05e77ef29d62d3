package org.cordon.group.publicity.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cordon.model.publicity.PublicityKind;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.publicity.PublicityService;

/** The publicity group's briefing section: the material distributed, by kind. */
public class PublicitySection implements BriefingSectionProvider {

	private static final Map<PublicityKind, String> LABELS = Map.of(PublicityKind.HANDBOOK, "防控手册 Handbooks",
			PublicityKind.FAMILY_GUIDE, "家庭防护指南 Family guides", PublicityKind.OPEN_LETTER, "公开信 Open letters",
			PublicityKind.USB_DRIVE, "U盘 USB drives", PublicityKind.VEHICLE, "宣传车 Publicity vehicles", PublicityKind.OTHER,
			"其他 Other");

	@Override
	public Content content(LocalDate day, Services services) {
		Map<PublicityKind, Long> distributed = services.get(PublicityService.class).distributed();
		List<BriefingFigure> figures = new ArrayList<>();
		for (PublicityKind kind : PublicityKind.values()) {
			Long count = distributed.get(kind);
			if (count != null) {
				figures.add(BriefingFigure.total(LABELS.get(kind), Long.toString(count)));
			}
		}
		return new Content(List.of("发放数为台账总数。 Distribution counts are the ledger's totals, not as of " + day + "."), figures);
	}
}
