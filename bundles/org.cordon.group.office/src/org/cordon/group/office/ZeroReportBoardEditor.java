package org.cordon.group.office;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;

import org.cordon.model.screening.DailyReport;
import org.cordon.services.screening.DailyReportService;
import org.cordon.services.screening.ReportStatus;
import org.cordon.services.screening.TownshipDay;
import org.cordon.services.screening.ZeroReportBoard;
import org.cordon.ui.grids.CellStatus;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.grids.GridCell;
import org.cordon.ui.grids.GridColumn;
import org.cordon.ui.grids.ImportChecks;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The zero-report board (零报告): for a day, every township with its daily report, its zero
 * report, or MISSING. Typing a figure into a missing township's row records its report; the
 * button records a zero report for the selected township.
 */
public class ZeroReportBoardEditor extends DayGridEditor<ZeroReportBoardEditor.TownshipRow> {

	public static final String ID = "org.cordon.group.office.editors.zeroReports";

	private static final ImportChecks<DailyReport> CHECKS = ImportChecks.of("daily-reports", DailyReport.class);

	/** A township's line on the board: its report as stored, or as typed and not yet saved. */
	public static final class TownshipRow {
		private final TownshipDay stored;
		private DailyReport report;
		private boolean changed;

		TownshipRow(TownshipDay stored) {
			this.stored = stored;
			this.report = stored.report();
		}

		public String townshipCode() {
			return stored.township().getCode();
		}

		public ReportStatus status() {
			return new TownshipDay(stored.township(), report).status();
		}
	}

	private List<TownshipRow> rows = List.of();

	private DailyReportService service() {
		return getSite().getService(DailyReportService.class);
	}

	@Override
	protected LocalDate initialDay() {
		return service().lastReportDay().orElse(LocalDate.now());
	}

	@Override
	protected Callable<DayBoard<TownshipRow>> reading(LocalDate day) {
		DailyReportService service = service();
		return () -> {
			ZeroReportBoard board = service.board(day);
			return () -> {
				rows = board.townships().stream().map(TownshipRow::new).toList();
				return rows;
			};
		};
	}

	@Override
	protected List<GridColumn<TownshipRow>> columns() {
		return List.of(
				GridColumn.readOnly(Messages.township, 150, r -> GridCell.plain(r.stored.township().getName() + "  " + r.townshipCode())),
				GridColumn.readOnly(Messages.report, 110, r -> GridCell.of(switch (r.status()) {
				case REPORTED -> CellStatus.REPORTED;
				case ZERO -> CellStatus.ZERO;
				case MISSING -> CellStatus.MISSING;
				})),
				figure(Messages.keyPersonsFound, "key_persons_found"),
				figure(Messages.feverFound, "fever_found"),
				GridColumn.editable(Messages.remarks, 320, r -> GridCell.plain(r.report == null ? "" : CHECKS.text(r.report, "remarks")),
						r -> CHECKS.text(r.report, "remarks"), r -> r.report != null, (r, text) -> write(r, "remarks", text)));
	}

	private GridColumn<TownshipRow> figure(String header, String csvColumn) {
		return GridColumn.editable(header, 150, r -> {
			if (r.report == null) {
				return GridCell.of(CellStatus.BLANK);
			}
			String value = CHECKS.text(r.report, csvColumn);
			return csvColumn.equals("fever_found") && !value.equals("0") ? new GridCell(value, CellStatus.FEVER) : GridCell.plain(value);
		}, r -> r.report == null ? "" : CHECKS.text(r.report, csvColumn), r -> true, (r, text) -> write(r, csvColumn, text));
	}

	/** Applies a typed figure; into a missing township it creates the report, and clearing a new report's figure takes it back. */
	private String write(TownshipRow row, String csvColumn, String text) {
		if (row.report == null) {
			if (text.isBlank()) {
				return null;
			}
			DailyReport report = new DailyReport(day(), row.stored.township());
			String refused = CHECKS.apply(report, csvColumn, text);
			if (refused != null) {
				return refused;
			}
			row.report = report;
			row.changed = true;
			return null;
		}
		if (row.report.getId() == null && text.isBlank() && !csvColumn.equals("remarks")) {
			row.report = null;
			row.changed = false;
			return null;
		}
		String refused = CHECKS.apply(row.report, csvColumn, text);
		if (refused == null) {
			row.changed = true;
		}
		return refused;
	}

	@Override
	protected void createOptions(Composite bar) {
		Button zero = new Button(bar, SWT.PUSH);
		zero.setText(Messages.recordZeroReport);
		zero.setToolTipText(Messages.recordZeroReportTip);
		zero.addListener(SWT.Selection, e -> {
			if (viewer().getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof TownshipRow row) {
				recordZeroReport(row);
			}
		});
	}

	/**
	 * Records a zero report for a township that has not reported, as an undoable edit.
	 *
	 * @return why it was refused, or {@code null}
	 */
	public String recordZeroReport(TownshipRow row) {
		if (row.report != null) {
			return NLS.bind(Messages.alreadyReported, row.stored.township().getName(), day());
		}
		return edit(row, column(Messages.keyPersonsFound), "0");
	}

	@Override
	protected String summary() {
		long missing = rows.stream().filter(r -> r.status() == ReportStatus.MISSING).count();
		long zero = rows.stream().filter(r -> r.status() == ReportStatus.ZERO).count();
		List<String> missingNames = new ArrayList<>();
		rows.stream().filter(r -> r.status() == ReportStatus.MISSING).forEach(r -> missingNames.add(r.stored.township().getName()));
		String counts = NLS.bind(Messages.summary, new Object[] { rows.size() - missing, rows.size(), zero, missing });
		return missingNames.isEmpty() ? counts : NLS.bind(Messages.missingNames, counts, String.join(", ", missingNames));
	}

	@Override
	protected boolean hasChanges() {
		return rows.stream().anyMatch(r -> r.changed);
	}

	@Override
	protected void saveChanges() {
		service().save(rows.stream().filter(r -> r.changed && r.report != null).map(r -> r.report).toList());
	}
}
