package org.cordon.group.community;

import java.util.ArrayList;
import java.util.List;

import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.services.community.CommunityFigures;
import org.cordon.services.community.CommunityService;
import org.cordon.ui.figures.FigureColumn;
import org.cordon.ui.figures.FigureRow;
import org.cordon.ui.figures.Figures;
import org.cordon.ui.figures.FiguresProvider;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Every community by township: the county unit paired with it (包联; a gap is flagged), its
 * building leaders, and the key persons living there by category (returning students and migrant
 * workers, close contacts, others).
 */
public class CommunityOverviewFigures implements FiguresProvider {

	@Override
	public Figures load(IServiceLocator services) {
		List<FigureRow> rows = new ArrayList<>();
		for (CommunityFigures community : services.getService(CommunityService.class).communities()) {
			rows.add(FigureRow.of(community.township(), community.communityCode(), community.community(), community.households(),
					community.pairedUnit(), community.buildingLeaders(), community.keyPersons(KeyPersonCategory.STUDENT),
					community.keyPersons(KeyPersonCategory.MIGRANT_WORKER), community.keyPersons(KeyPersonCategory.CLOSE_CONTACT),
					community.keyPersons(KeyPersonCategory.OTHER), community.keyPersonsInAll()));
		}
		return new Figures(Messages.heading, List.of(
				FigureColumn.text(Messages.township), FigureColumn.text(Messages.code), FigureColumn.text(Messages.community), FigureColumn.count(Messages.households),
				FigureColumn.text(Messages.pairedUnit).warnWhen(value -> value == null ? Messages.notPaired : null),
				FigureColumn.count(Messages.buildingLeaders), FigureColumn.count(Messages.students), FigureColumn.count(Messages.migrantWorkers),
				FigureColumn.count(Messages.closeContacts), FigureColumn.count(Messages.other), FigureColumn.count(Messages.keyPersons)),
				rows);
	}
}
