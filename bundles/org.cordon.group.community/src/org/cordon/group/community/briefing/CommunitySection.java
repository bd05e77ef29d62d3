package org.cordon.group.community.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.community.CommunityFigures;
import org.cordon.services.community.CommunityService;
import org.cordon.services.records.RecordService;

/**
 * The community group's briefing section: the urban communities it keeps under closed management, their pairing
 * with county units (包联), the building leaders, and the returnees living in the communities.
 */
public class CommunitySection implements BriefingSectionProvider {

	private static final Set<KeyPersonCategory> RETURNEES = Set.of(KeyPersonCategory.STUDENT, KeyPersonCategory.MIGRANT_WORKER);

	@Override
	public Content content(LocalDate day, Services services) {
		List<CommunityFigures> communities = services.get(CommunityService.class).communities();
		long paired = communities.stream().filter(c -> c.pairedUnit() != null).count();
		long leaders = communities.stream().mapToLong(CommunityFigures::buildingLeaders).sum();
		List<KeyPerson> returnees = services.get(RecordService.class).all(KeyPerson.class).stream()
				.filter(p -> p.getCommunity() != null && RETURNEES.contains(p.getCategory()) && p.getArrived() != null
						&& !p.getArrived().isAfter(day))
				.toList();

		List<BriefingFigure> figures = new ArrayList<>();
		figures.add(BriefingFigure.total("封闭管理小区 Communities under closed management", Long.toString(communities.size())));
		figures.add(BriefingFigure.total("已包联 Paired with a county unit", Long.toString(paired)));
		figures.add(BriefingFigure.total("未包联 Not paired", Long.toString(communities.size() - paired)));
		figures.add(BriefingFigure.total("楼长 Building leaders", Long.toString(leaders)));
		figures.add(BriefingFigure.ofDay("小区返乡人员 Returnees in the communities",
				returnees.stream().filter(p -> p.getArrived().equals(day)).count(), returnees.size()));

		List<String> notes = new ArrayList<>();
		// The community ledger has no dates and no per-community flag: closed management is the group's remit for
		// every urban community, so the count is the ledger's.
		notes.add("小区、包联和楼长为台账总数；返乡人员按到达日期统计至" + day + "。 Communities (all urban communities are under"
				+ " closed management), pairings and building leaders are the ledger's totals; returnees (students and migrant"
				+ " workers living in a community) are counted by arrival up to " + day + ".");
		List<String> unpaired = communities.stream().filter(c -> c.pairedUnit() == null).map(CommunityFigures::community).toList();
		if (!unpaired.isEmpty()) {
			notes.add("未包联小区 Communities without a paired unit: " + String.join("、", unpaired));
		}
		return new Content(notes, figures);
	}
}
