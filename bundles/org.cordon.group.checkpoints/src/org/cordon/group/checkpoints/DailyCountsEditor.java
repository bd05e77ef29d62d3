package org.cordon.group.checkpoints;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.organisation.Township;
import org.cordon.services.checkpoints.CheckpointCountService;
import org.cordon.services.checkpoints.CountRows;
import org.cordon.services.checkpoints.StoredCount;
import org.cordon.services.checkpoints.TypedCount;
import org.cordon.ui.grids.CellStatus;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.grids.GridCell;
import org.cordon.ui.grids.GridColumn;
import org.cordon.ui.grids.ImportChecks;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * The checkpoints' daily counts as a grid of days × checkpoints (by level) for one measure at a
 * time: vehicles, persons or persons with fever. A blank cell is a count nobody reported; typing
 * into it creates the checkpoint's count for that day.
 * <p>
 * A county in a bad wave has thousands of checkpoints: the grid then shows one township's (the
 * bar's choice) and at most {@link #MAX_CHECKPOINTS} for all of them, the total and the summary
 * still counting every checkpoint. Two thousand columns took the window minutes to make.
 */
public class DailyCountsEditor extends DayGridEditor<DailyCountsEditor.DayRow> {

	public static final String ID = "org.cordon.group.checkpoints.editors.dailyCounts";
	public static final int DEFAULT_DAYS = 14;
	/** The most checkpoints shown as columns when the grid shows every township's. */
	public static final int MAX_CHECKPOINTS = 60;

	private static final ImportChecks<CheckpointCount> CHECKS = ImportChecks.of("checkpoint-counts", CheckpointCount.class);

	/** What the cells count; the names are the checkpoint-counts CSV columns. */
	public enum Measure {
		VEHICLES("vehicles"), PERSONS("persons"), FEVER("fever");

		private final String column;

		Measure(String column) {
			this.column = column;
		}

		/** The measure's figure of a count's three, as {@link DayRow} keeps them. */
		int of(int[] figures) {
			return figures[ordinal()];
		}

		public String column() {
			return column;
		}
	}

	/**
	 * One day's line: each checkpoint's figures (vehicles, persons, fever) as stored, or as typed
	 * and not yet saved, by checkpoint id.
	 */
	public static final class DayRow {
		private final LocalDate date;
		private final Map<Long, int[]> counts = new HashMap<>();
		private final Map<Long, StoredCount> stored = new HashMap<>();
		private final Set<Long> changed = new HashSet<>();

		DayRow(LocalDate date) {
			this.date = date;
		}
	}

	private List<DayRow> rows = List.of();
	private List<Checkpoint> checkpoints = List.of();
	private Measure measure = Measure.VEHICLES;
	private int days = DEFAULT_DAYS;
	private Spinner daysField;
	private Combo townshipField;
	/** The townships the bar offers, in its order after "all"; a null township is the checkpoints with none. */
	private List<Township> townships = List.of();
	/** The township whose checkpoints are shown; all of them when not chosen. */
	private Optional<Township> township = Optional.empty();
	private boolean allTownships = true;

	private CheckpointCountService service() {
		return getSite().getService(CheckpointCountService.class);
	}

	@Override
	protected String dayLabel() {
		return Messages.upTo;
	}

	@Override
	protected LocalDate initialDay() {
		return service().lastCountDay().orElse(LocalDate.now());
	}

	@Override
	protected void createOptions(Composite bar) {
		Label daysLabel = new Label(bar, SWT.NONE);
		daysLabel.setText(Messages.days);
		daysField = new Spinner(bar, SWT.BORDER);
		daysField.setValues(days, 1, 92, 0, 1, 7);
		daysField.setToolTipText(Messages.daysTip);
		daysField.addListener(SWT.Selection, e -> {
			if (daysField.getSelection() != days) {
				if (confirmDiscard()) {
					days = daysField.getSelection();
					reload();
				} else {
					daysField.setSelection(days);
				}
			}
		});
		Label measureLabel = new Label(bar, SWT.NONE);
		measureLabel.setText(Messages.measure);
		Combo measures = new Combo(bar, SWT.READ_ONLY);
		measures.setItems(Messages.vehiclesChecked, Messages.personsChecked, Messages.personsWithFever);
		measures.select(measure.ordinal());
		measures.addListener(SWT.Selection, e -> showMeasure(Measure.values()[measures.getSelectionIndex()]));
		Label townshipLabel = new Label(bar, SWT.NONE);
		townshipLabel.setText(Messages.township);
		townshipField = new Combo(bar, SWT.READ_ONLY);
		townshipField.setToolTipText(Messages.townshipTip);
		townshipField.setItems(Messages.allTownships);
		townshipField.select(0);
		townshipField.addListener(SWT.Selection, e -> {
			int index = townshipField.getSelectionIndex();
			if (index <= 0) {
				showAllTownships();
			} else {
				showTownship(townships.get(index - 1));
			}
		});
	}

	/** Shows the checkpoints of one township (or of none, for a null one); typed and unsaved counts stay. */
	public void showTownship(Township wanted) {
		allTownships = false;
		township = Optional.ofNullable(wanted);
		selectTownshipField();
		redraw();
	}

	/** Shows every township's checkpoints, up to {@link #MAX_CHECKPOINTS} of them. */
	public void showAllTownships() {
		allTownships = true;
		township = Optional.empty();
		selectTownshipField();
		redraw();
	}

	/** The checkpoints shown as columns. */
	public List<Checkpoint> shownCheckpoints() {
		if (allTownships) {
			return checkpoints.size() <= MAX_CHECKPOINTS ? checkpoints : checkpoints.subList(0, MAX_CHECKPOINTS);
		}
		Long wanted = township.map(Township::getId).orElse(null);
		return checkpoints.stream().filter(c -> Objects.equals(wanted, c.getTownship() == null ? null : c.getTownship().getId())).toList();
	}

	private void offerTownships() {
		Map<Long, Township> byId = new LinkedHashMap<>();
		boolean someWithout = false;
		for (Checkpoint checkpoint : checkpoints) {
			if (checkpoint.getTownship() == null) {
				someWithout = true;
			} else {
				byId.putIfAbsent(checkpoint.getTownship().getId(), checkpoint.getTownship());
			}
		}
		List<Township> offered = new ArrayList<>(byId.values());
		offered.sort(Comparator.comparing(Township::getCode));
		if (someWithout) {
			offered.add(null);
		}
		townships = offered;
		if (!allTownships && township.isPresent() && !byId.containsKey(township.get().getId())) {
			allTownships = true; // its checkpoints are gone
			township = Optional.empty();
		}
		if (townshipField != null && !townshipField.isDisposed()) {
			List<String> items = new ArrayList<>();
			items.add(Messages.allTownships);
			for (Township offeredTownship : offered) {
				items.add(offeredTownship == null ? Messages.noTownship : offeredTownship.getName() + "  " + offeredTownship.getCode());
			}
			townshipField.setItems(items.toArray(String[]::new));
			selectTownshipField();
		}
	}

	private void selectTownshipField() {
		if (townshipField == null || townshipField.isDisposed()) {
			return;
		}
		if (allTownships) {
			townshipField.select(0);
			return;
		}
		Long wanted = township.map(Township::getId).orElse(null);
		for (int i = 0; i < townships.size(); i++) {
			Township offered = townships.get(i);
			if (Objects.equals(wanted, offered == null ? null : offered.getId())) {
				townshipField.select(i + 1);
				return;
			}
		}
	}

	/** Shows another measure; typed and unsaved counts stay. */
	public void showMeasure(Measure wanted) {
		measure = wanted;
		redraw();
	}

	/** Shows the given number of days up to the day shown, read again from the database. */
	public void showDays(int wanted) {
		days = wanted;
		if (daysField != null) {
			daysField.setSelection(wanted);
		}
		reload();
	}

	@Override
	protected Callable<DayBoard<DayRow>> reading(LocalDate lastDay) {
		CheckpointCountService service = service();
		LocalDate first = lastDay.minusDays(days - 1L);
		return () -> {
			CountRows grid = service.countRows(first, lastDay);
			return () -> {
				checkpoints = grid.checkpoints();
				offerTownships();
				Map<LocalDate, DayRow> byDate = new HashMap<>();
				List<DayRow> loaded = new ArrayList<>();
				for (LocalDate date = first; !date.isAfter(lastDay); date = date.plusDays(1)) {
					DayRow row = new DayRow(date);
					byDate.put(date, row);
					loaded.add(row);
				}
				for (StoredCount count : grid.counts()) {
					DayRow row = byDate.get(count.date());
					row.counts.put(count.checkpointId(), new int[] { count.vehicles(), count.persons(), count.fever() });
					row.stored.put(count.checkpointId(), count);
				}
				rows = loaded;
				return rows;
			};
		};
	}

	@Override
	protected List<GridColumn<DayRow>> columns() {
		List<GridColumn<DayRow>> columns = new ArrayList<>();
		columns.add(GridColumn.readOnly(Messages.date, 100, r -> GridCell.plain(r.date.toString())));
		for (Checkpoint checkpoint : shownCheckpoints()) {
			columns.add(GridColumn.<DayRow>editable(checkpoint.getCode() + " L" + checkpoint.getLevel(), 78, r -> cell(r, checkpoint),
					r -> r.counts.containsKey(checkpoint.getId()) ? Integer.toString(measure.of(r.counts.get(checkpoint.getId()))) : "",
					r -> true, (r, text) -> write(r, checkpoint, text)).withToolTip(NLS.bind(Messages.checkpointTip, checkpoint.getName(), checkpoint.getLevel())));
		}
		columns.add(GridColumn.readOnly(Messages.total, 90, r -> {
			int total = r.counts.values().stream().mapToInt(measure::of).sum();
			String text = NumberFormat.getIntegerInstance(Locale.ROOT).format(total);
			if (r.counts.isEmpty()) {
				return GridCell.of(CellStatus.MISSING);
			}
			return measure == Measure.FEVER && total > 0 ? new GridCell(text, CellStatus.FEVER) : GridCell.plain(text);
		}));
		return columns;
	}

	private GridCell cell(DayRow row, Checkpoint checkpoint) {
		int[] count = row.counts.get(checkpoint.getId());
		if (count == null) {
			return GridCell.of(CellStatus.BLANK);
		}
		int value = measure.of(count);
		return measure == Measure.FEVER && value > 0 ? new GridCell(Integer.toString(value), CellStatus.FEVER)
				: GridCell.plain(Integer.toString(value));
	}

	/**
	 * Applies a typed figure by the import's rules; into a blank cell it creates the day's count,
	 * and clearing a new one takes it back. The rules check a whole count, so the figure is tried
	 * on one made for the purpose, with the cell's other two figures.
	 */
	private String write(DayRow row, Checkpoint checkpoint, String text) {
		int[] figures = row.counts.get(checkpoint.getId());
		if (text.isBlank() && !row.stored.containsKey(checkpoint.getId())) {
			row.counts.remove(checkpoint.getId());
			row.changed.remove(checkpoint.getId());
			return null;
		}
		CheckpointCount checked = new CheckpointCount(row.date, checkpoint);
		if (figures != null) {
			checked.setVehicles(figures[Measure.VEHICLES.ordinal()]);
			checked.setPersons(figures[Measure.PERSONS.ordinal()]);
			checked.setFever(figures[Measure.FEVER.ordinal()]);
		}
		String refused = CHECKS.apply(checked, measure.column(), text);
		if (refused == null) {
			row.counts.put(checkpoint.getId(), new int[] { checked.getVehicles(), checked.getPersons(), checked.getFever() });
			row.changed.add(checkpoint.getId());
		}
		return refused;
	}

	@Override
	protected String summary() {
		int cells = rows.size() * checkpoints.size();
		int reported = rows.stream().mapToInt(r -> r.counts.size()).sum();
		long total = rows.stream().flatMap(r -> r.counts.values().stream()).mapToLong(measure::of).sum();
		String summary = switch (measure) {
		case VEHICLES -> Messages.summaryVehicles;
		case PERSONS -> Messages.summaryPersons;
		case FEVER -> Messages.summaryFever;
		};
		String text = NLS.bind(summary, new Object[] { rows.size(), checkpoints.size(), reported, cells, cells - reported,
				NumberFormat.getIntegerInstance(Locale.ROOT).format(total) });
		int shown = shownCheckpoints().size();
		if (shown < checkpoints.size()) {
			text += "\n" + NLS.bind(allTownships ? Messages.shownOfAll : Messages.shownOfTownship, shown, checkpoints.size());
		}
		return text;
	}

	@Override
	protected boolean hasChanges() {
		return rows.stream().anyMatch(r -> !r.changed.isEmpty());
	}

	@Override
	protected void saveChanges() {
		List<TypedCount> typed = new ArrayList<>();
		for (DayRow row : rows) {
			for (Long checkpoint : row.changed) {
				int[] figures = row.counts.get(checkpoint);
				typed.add(new TypedCount(row.date, checkpoint, figures[Measure.VEHICLES.ordinal()], figures[Measure.PERSONS.ordinal()],
						figures[Measure.FEVER.ordinal()], row.stored.get(checkpoint)));
			}
		}
		service().enter(typed);
	}
}
