package org.cordon.group.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.services.screening.Confirmation;
import org.cordon.services.screening.FollowedPerson;
import org.cordon.services.screening.TemperatureDay;
import org.cordon.services.screening.TemperatureService;
import org.cordon.services.screening.TypedTemperature;
import org.cordon.ui.grids.CellStatus;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.grids.GridCell;
import org.cordon.ui.grids.GridColumn;
import org.cordon.ui.grids.ImportChecks;
import org.eclipse.osgi.util.NLS;

/**
 * The daily temperatures (五包一) of a day: every key person in quarantine that day whom a
 * five-to-one team follows, and the temperature each of the five confirmed. A person is complete
 * only when all five have confirmed; a missing confirmation and a fever stand out, and typing a
 * temperature into a missing cell records that member's report.
 */
public class DailyTemperaturesEditor extends DayGridEditor<DailyTemperaturesEditor.PersonRow> {

	public static final String ID = "org.cordon.group.screening.editors.dailyTemperatures";

	private static final ImportChecks<TemperatureReport> CHECKS = ImportChecks.of("temperature-reports", TemperatureReport.class);

	/** One person's line: the confirmations as read, and the temperatures typed and not yet saved. */
	public static final class PersonRow {
		private final FollowedPerson stored;
		private final Map<FollowUpRole, BigDecimal> typed = new EnumMap<>(FollowUpRole.class);

		PersonRow(FollowedPerson stored) {
			this.stored = stored;
		}

		/** The temperature the cell shows: as typed, else as confirmed, else none. */
		BigDecimal temperature(FollowUpRole role) {
			BigDecimal typedValue = typed.get(role);
			if (typedValue != null) {
				return typedValue;
			}
			Confirmation confirmed = stored.confirmations().get(role);
			return confirmed == null ? null : confirmed.temperatureC();
		}

		int confirmed() {
			int confirmed = 0;
			for (FollowUpRole role : FollowUpRole.values()) {
				if (temperature(role) != null) {
					confirmed++;
				}
			}
			return confirmed;
		}

		boolean complete() {
			return confirmed() == FollowUpRole.values().length;
		}

		int missing() {
			return FollowUpRole.values().length - confirmed();
		}

		boolean fever() {
			for (FollowUpRole role : FollowUpRole.values()) {
				BigDecimal temperature = temperature(role);
				if (temperature != null && temperature.compareTo(TemperatureReport.FEVER_FROM_C) >= 0) {
					return true;
				}
			}
			return false;
		}
	}

	private List<PersonRow> rows = List.of();
	private int unfollowed;

	private TemperatureService service() {
		return getSite().getService(TemperatureService.class);
	}

	@Override
	protected LocalDate initialDay() {
		return service().lastReportDay().orElse(LocalDate.now());
	}

	@Override
	protected Callable<DayBoard<PersonRow>> reading(LocalDate day) {
		TemperatureService service = service();
		return () -> {
			TemperatureDay temperatures = service.day(day);
			return () -> {
				unfollowed = temperatures.unfollowed();
				rows = temperatures.persons().stream().map(PersonRow::new).toList();
				return rows;
			};
		};
	}

	@Override
	protected List<GridColumn<PersonRow>> columns() {
		List<GridColumn<PersonRow>> columns = new ArrayList<>();
		columns.add(GridColumn.readOnly(Messages.keyPerson, 150, r -> GridCell.plain(r.stored.name() + "  " + r.stored.code())));
		for (FollowUpRole role : FollowUpRole.values()) {
			columns.add(GridColumn.<PersonRow>editable(RoleNames.of(role), 175, r -> cell(r, role),
					r -> r.temperature(role) == null ? "" : r.temperature(role).toPlainString(),
					r -> r.stored.members().contains(role), (r, text) -> write(r, role, text))
					.withToolTip(NLS.bind(Messages.temperatureTip, RoleNames.of(role))));
		}
		columns.add(GridColumn.readOnly(Messages.day, 170, r -> {
			if (r.fever()) {
				return new GridCell(r.complete() ? "" : CellStatus.INCOMPLETE.word(), CellStatus.FEVER);
			}
			return r.complete() ? GridCell.of(CellStatus.COMPLETE) : new GridCell(NLS.bind(Messages.incompleteMissing, CellStatus.INCOMPLETE.word(), r.missing()), CellStatus.INCOMPLETE);
		}));
		return columns;
	}

	private static GridCell cell(PersonRow row, FollowUpRole role) {
		BigDecimal temperature = row.temperature(role);
		if (temperature != null) {
			// one decimal always, so that a column of temperatures lines up (the CSV writes 36.0 as 36)
			String value = temperature.setScale(1).toPlainString() + " °C";
			return temperature.compareTo(TemperatureReport.FEVER_FROM_C) >= 0 ? new GridCell(value, CellStatus.FEVER) : GridCell.plain(value);
		}
		return row.stored.members().contains(role) ? GridCell.of(CellStatus.MISSING) : GridCell.plain(Messages.noMember);
	}

	/**
	 * Applies a typed temperature by the import's rules for the column; clearing a cell that was
	 * missing takes the typed value back, clearing a confirmed one is refused by those rules.
	 */
	private String write(PersonRow row, FollowUpRole role, String text) {
		if (text.isBlank() && !row.stored.confirmations().containsKey(role)) {
			row.typed.remove(role);
			return null;
		}
		// The rules check a whole report, so the value is tried on one that is thrown away.
		KeyPerson person = new KeyPerson();
		person.setCode(row.stored.code());
		TemperatureReport checked = new TemperatureReport();
		checked.setDate(day());
		checked.setKeyPerson(person);
		checked.setRole(role);
		String refused = CHECKS.apply(checked, "temperature_c", text);
		if (refused == null) {
			row.typed.put(role, checked.getTemperatureC());
		}
		return refused;
	}

	@Override
	protected String summary() {
		long complete = rows.stream().filter(PersonRow::complete).count();
		int missing = rows.stream().mapToInt(PersonRow::missing).sum();
		long fever = rows.stream().filter(PersonRow::fever).count();
		return NLS.bind(Messages.summary, new Object[] { rows.size(), complete, rows.size() - complete, missing, fever, unfollowed });
	}

	@Override
	protected boolean hasChanges() {
		return rows.stream().anyMatch(r -> !r.typed.isEmpty());
	}

	@Override
	protected void saveChanges() {
		List<TypedTemperature> typed = new ArrayList<>();
		for (PersonRow row : rows) {
			row.typed.forEach((role, temperature) -> typed.add(new TypedTemperature(row.stored.personId(), role, temperature,
					row.stored.confirmations().get(role))));
		}
		service().confirm(day(), typed);
	}
}
