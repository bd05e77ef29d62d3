package org.cordon.group.screening;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.services.screening.FollowedPerson;
import org.cordon.services.screening.TemperatureDay;
import org.cordon.services.screening.TemperatureService;
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

	/** One person's line: the confirmations as stored, or as typed and not yet saved. */
	public static final class PersonRow {
		private final FollowedPerson stored;
		private final Map<FollowUpRole, TemperatureReport> reports = new EnumMap<>(FollowUpRole.class);
		private final Set<FollowUpRole> changed = EnumSet.noneOf(FollowUpRole.class);

		PersonRow(FollowedPerson stored) {
			this.stored = stored;
			reports.putAll(stored.reports());
		}

		boolean complete() {
			return reports.size() == FollowUpRole.values().length;
		}

		int missing() {
			return FollowUpRole.values().length - reports.size();
		}

		boolean fever() {
			return reports.values().stream().anyMatch(TemperatureReport::isFever);
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
		columns.add(GridColumn.readOnly(Messages.keyPerson, 150, r -> GridCell.plain(r.stored.person().getName() + "  " + r.stored.person().getCode())));
		for (FollowUpRole role : FollowUpRole.values()) {
			columns.add(GridColumn.<PersonRow>editable(RoleNames.of(role), 175, r -> cell(r, role),
					r -> r.reports.containsKey(role) ? CHECKS.text(r.reports.get(role), "temperature_c") : "",
					r -> r.stored.members().containsKey(role), (r, text) -> write(r, role, text))
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
		FollowUpMember member = row.stored.members().get(role);
		TemperatureReport report = row.reports.get(role);
		if (report != null) {
			// one decimal always, so that a column of temperatures lines up (the CSV writes 36.0 as 36)
			String value = report.getTemperatureC().setScale(1).toPlainString() + " °C";
			return report.isFever() ? new GridCell(value, CellStatus.FEVER) : GridCell.plain(value);
		}
		return member == null ? GridCell.plain(Messages.noMember) : GridCell.of(CellStatus.MISSING);
	}

	/** Applies a typed temperature; into a missing cell it creates the report, and clearing a new one takes it back. */
	private String write(PersonRow row, FollowUpRole role, String text) {
		TemperatureReport report = row.reports.get(role);
		if (report == null) {
			if (text.isBlank()) {
				return null;
			}
			TemperatureReport created = new TemperatureReport();
			created.setDate(day());
			created.setKeyPerson(row.stored.person());
			created.setRole(role);
			created.setCode(TemperatureReport.codeFor(row.stored.person().getCode(), role, day()));
			String refused = CHECKS.apply(created, "temperature_c", text);
			if (refused != null) {
				return refused;
			}
			row.reports.put(role, created);
			row.changed.add(role);
			return null;
		}
		if (report.getId() == null && text.isBlank()) {
			row.reports.remove(role);
			row.changed.remove(role);
			return null;
		}
		String refused = CHECKS.apply(report, "temperature_c", text);
		if (refused == null) {
			row.changed.add(role);
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
		return rows.stream().anyMatch(r -> !r.changed.isEmpty());
	}

	@Override
	protected void saveChanges() {
		List<TemperatureReport> changed = new ArrayList<>();
		for (PersonRow row : rows) {
			row.changed.stream().map(row.reports::get).forEach(changed::add);
		}
		service().save(changed);
	}
}
