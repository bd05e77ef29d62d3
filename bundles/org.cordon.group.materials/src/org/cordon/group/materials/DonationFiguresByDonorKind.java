package org.cordon.group.materials;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cordon.services.materials.DonationService;
import org.cordon.services.materials.DonorKindDonations;
import org.cordon.ui.figures.FigureColumn;
import org.cordon.ui.figures.FigureRow;
import org.cordon.ui.figures.Figures;
import org.cordon.ui.figures.FiguresProvider;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.ui.services.IServiceLocator;

/** The donations ledger per kind of donor: donors, gifts, cash, and one column per item given in kind. */
public class DonationFiguresByDonorKind implements FiguresProvider {

	@Override
	public Figures load(IServiceLocator services) {
		List<DonorKindDonations> kinds = services.getService(DonationService.class).byDonorKind();
		Set<String> items = new LinkedHashSet<>();
		kinds.forEach(kind -> items.addAll(kind.goods().keySet()));
		List<FigureColumn> columns = new ArrayList<>(List.of(FigureColumn.text(Messages.donorKind), FigureColumn.count(Messages.donors),
				FigureColumn.count(Messages.gifts), FigureColumn.yuan(Messages.cash)));
		items.stream().sorted().forEach(item -> columns.add(FigureColumn.count(item)));
		RecordLabels labels = RecordLabels.current();
		List<FigureRow> rows = new ArrayList<>();
		for (DonorKindDonations kind : kinds) {
			List<Object> values = new ArrayList<>(List.of(labels.choiceLabel(kind.kind()), kind.donors(), kind.gifts(), kind.cashYuan()));
			items.stream().sorted().forEach(item -> values.add(kind.goods().get(item)));
			rows.add(new FigureRow(values));
		}
		return new Figures(Messages.donationsHeading, columns, rows);
	}
}
