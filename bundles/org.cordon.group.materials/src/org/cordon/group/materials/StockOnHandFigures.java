package org.cordon.group.materials;

import java.util.ArrayList;
import java.util.List;

import org.cordon.services.materials.StockLine;
import org.cordon.services.materials.StockService;
import org.cordon.ui.figures.FigureColumn;
import org.cordon.ui.figures.FigureRow;
import org.cordon.ui.figures.Figures;
import org.cordon.ui.figures.FiguresProvider;
import org.eclipse.ui.services.IServiceLocator;

/** The county store per item: received, issued and on hand. Items come in different units, so nothing is summed. */
public class StockOnHandFigures implements FiguresProvider {

	@Override
	public Figures load(IServiceLocator services) {
		List<FigureRow> rows = new ArrayList<>();
		for (StockLine line : services.getService(StockService.class).onHand()) {
			rows.add(FigureRow.of(line.itemCode(), line.item(), line.unit(), line.received(), line.issued(), line.onHand()));
		}
		return new Figures(Messages.stockHeading, List.of(
				FigureColumn.text(Messages.code), FigureColumn.text(Messages.item), FigureColumn.text(Messages.unit),
				FigureColumn.count(Messages.received).notTotalled(), FigureColumn.count(Messages.issued).notTotalled(),
				FigureColumn.count(Messages.onHand).notTotalled().warnWhen(value -> ((Long) value) == 0 ? Messages.noneLeft : null)),
				rows);
	}
}
