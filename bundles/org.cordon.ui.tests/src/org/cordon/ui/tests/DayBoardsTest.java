package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cordon.ui.grids.CellStatus;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.grids.GridCell;
import org.cordon.ui.workinggroups.GroupEditorInput;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The three day boards on the sample data. The expected figures are read off the sample's CSV
 * files: daily-reports.csv leaves 碛口镇 (T-10) and 曲峪镇 (T-13) out on 3 Feb and 车赶乡 (T-22) on
 * 13 Feb; temperature-reports.csv lacks KP-012's and KP-014's confirmations on 12 Feb and
 * KP-018's on 13 Feb; checkpoint-counts.csv counts 27 open checkpoints every day to 13 Feb.
 */
class DayBoardsTest {

	private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);
	private static final LocalDate FEB_12 = LocalDate.of(2020, 2, 12);
	private static final LocalDate FEB_13 = LocalDate.of(2020, 2, 13);
	private static final LocalDate FEB_14 = LocalDate.of(2020, 2, 14);

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@SuppressWarnings("unchecked")
	private static DayGridEditor<Object> open(String editorId, String name) throws Exception {
		DayGridEditor<Object> editor = (DayGridEditor<Object>) page().openEditor(new GroupEditorInput(editorId, name), editorId);
		UiTesting.loaded(editor);
		return editor;
	}

	/** The row whose first cell contains the text, e.g. a township's code. */
	private static Object row(DayGridEditor<Object> board, String firstCell) {
		return board.rows().stream().filter(r -> board.cellAt(r, 0).value().contains(firstCell)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + firstCell + " on " + board.getPartName() + " of " + board.day()));
	}

	private static GridCell cell(DayGridEditor<Object> board, String firstCell, String header) {
		return board.cellAt(row(board, firstCell), board.column(header));
	}

	private static List<String> rowsWith(DayGridEditor<Object> board, String header, CellStatus status) {
		int column = board.column(header);
		return board.rows().stream().filter(r -> board.cellAt(r, column).status() == status).map(r -> board.cellAt(r, 0).value()).toList();
	}

	private static void undo(DayGridEditor<Object> board) throws Exception {
		OperationHistoryFactory.getOperationHistory().undo(board.undoContext(), null, null);
	}

	private static void redo(DayGridEditor<Object> board) throws Exception {
		OperationHistoryFactory.getOperationHistory().redo(board.undoContext(), null, null);
	}

	/** Types into a cell as a user does: the cell editor opens, takes the text, and Enter applies it. */
	private static void typeIntoCell(DayGridEditor<Object> board, Object row, int column, String text) {
		board.viewer().editElement(row, column);
		UiTesting.processEvents();
		Text editor = null;
		for (Control child : board.viewer().getTable().getChildren()) {
			if (child instanceof Text field && field.isVisible()) {
				editor = field;
			}
		}
		assertTrue(editor != null, "the cell editor is open");
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		UiTesting.processEvents();
	}

	private static Combo measureSelector(DayGridEditor<Object> board) {
		for (Control control : board.viewer().getControl().getParent().getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Composite bar) {
				for (Control child : bar.getChildren()) {
					if (child instanceof Combo combo) {
						return combo;
					}
				}
			}
		}
		throw new AssertionError("no measure selector on " + board.getPartName());
	}

	@Test
	void theZeroReportBoardShowsTheMissingTownshipsAndRecordsTheirReports() throws Exception {
		DayGridEditor<Object> board = open("org.cordon.group.office.editors.zeroReports", "Zero-Report Board");
		assertEquals(FEB_13, board.day(), "the board opens on the latest day reported");
		assertEquals(23, board.rows().size());
		assertEquals(List.of("车赶乡  T-22"), rowsWith(board, "Report", CellStatus.MISSING));
		assertEquals("MISSING", cell(board, "T-22", "Report").text(), "the status is written, not only coloured");
		assertEquals("22 of 23 townships reported (22 zero reports), 1 missing: 车赶乡", board.summaryText());

		board.showDay(FEB_3);
		UiTesting.loaded(board);
		assertEquals(List.of("碛口镇  T-10", "曲峪镇  T-13"), rowsWith(board, "Report", CellStatus.MISSING));
		assertEquals("21 of 23 townships reported (20 zero reports), 2 missing: 碛口镇, 曲峪镇", board.summaryText());
		assertEquals(1, rowsWith(board, "Report", CellStatus.REPORTED).size());

		assertNull(board.edit(row(board, "T-10"), board.column("Key persons found"), "0"));
		assertEquals(CellStatus.ZERO, cell(board, "T-10", "Report").status());
		assertEquals("ZERO", cell(board, "T-10", "Report").text());
		assertTrue(board.isDirty());
		assertEquals("22 of 23 townships reported (21 zero reports), 1 missing: 曲峪镇", board.summaryText());
		undo(board);
		assertEquals(CellStatus.MISSING, cell(board, "T-10", "Report").status());
		assertFalse(board.isDirty(), "undoing the only report typed leaves nothing to save");
		redo(board);
		assertEquals(CellStatus.ZERO, cell(board, "T-10", "Report").status());

		assertEquals("key_persons_found: \"-1\" is negative; a count must be 0 or more",
				board.edit(row(board, "T-13"), board.column("Key persons found"), "-1"));
		assertEquals(CellStatus.MISSING, cell(board, "T-13", "Report").status(), "a refused value records nothing");
		typeIntoCell(board, row(board, "T-13"), board.column("Fever found"), "1");
		assertEquals(CellStatus.REPORTED, cell(board, "T-13", "Report").status());
		assertEquals(new GridCell("1", CellStatus.FEVER), cell(board, "T-13", "Fever found"));

		board.doSave(null);
		UiTesting.loaded(board);
		assertFalse(board.isDirty());
		page().closeEditor(board, false);

		DayGridEditor<Object> reopened = open("org.cordon.group.office.editors.zeroReports", "Zero-Report Board");
		reopened.showDay(FEB_3);
		UiTesting.loaded(reopened);
		assertEquals(List.of(), rowsWith(reopened, "Report", CellStatus.MISSING));
		assertEquals(CellStatus.ZERO, cell(reopened, "T-10", "Report").status());
		assertEquals("1", cell(reopened, "T-13", "Fever found").value());
		page().closeEditor(reopened, false);
	}

	@Test
	void theDailyTemperaturesShowWhoIsIncompleteAndRecordAMissingConfirmation() throws Exception {
		DayGridEditor<Object> board = open("org.cordon.group.screening.editors.dailyTemperatures", "Daily Temperatures");
		assertEquals(FEB_13, board.day());
		assertEquals(20, board.rows().size(), "the 20 Hubei returnees followed by five");
		assertEquals(List.of("叶某明  KP-018"), rowsWith(board, "Day", CellStatus.INCOMPLETE));
		assertEquals("MISSING", cell(board, "KP-018", "Police officer").text());
		assertEquals("20 persons followed by five: 19 complete, 1 incomplete, 1 confirmations missing, 0 with fever;"
				+ " 25 more in quarantine have no team", board.summaryText());

		board.showDay(FEB_12);
		UiTesting.loaded(board);
		assertEquals(List.of("张某燕  KP-012", "侯某鹏  KP-014"), rowsWith(board, "Day", CellStatus.INCOMPLETE));
		assertEquals(CellStatus.MISSING, cell(board, "KP-012", "Police officer").status());
		assertEquals(CellStatus.MISSING, cell(board, "KP-014", "Education bureau cadre").status());

		Object kp012 = row(board, "KP-012");
		int police = board.column("Police officer");
		assertEquals("temperature_c: \"36.55\" has more than 1 decimal places", board.edit(kp012, police, "36.55"));
		assertTrue(board.edit(kp012, police, "45").startsWith("temperature_c"), "outside 34.0 to 43.0 °C is refused");
		assertFalse(board.isDirty());
		typeIntoCell(board, kp012, police, "37.6");
		assertEquals(new GridCell("37.6 °C", CellStatus.FEVER), cell(board, "KP-012", "Police officer"));
		assertEquals("FEVER", cell(board, "KP-012", "Day").text(), "complete, and a fever");
		Screenshots.take(board.getSite().getShell(), "daily-temperatures-typed-fever");
		assertEquals(List.of("侯某鹏  KP-014"), rowsWith(board, "Day", CellStatus.INCOMPLETE));
		undo(board);
		assertEquals(CellStatus.MISSING, cell(board, "KP-012", "Police officer").status());
		redo(board);
		assertEquals(CellStatus.FEVER, cell(board, "KP-012", "Police officer").status());
		assertTrue(board.summaryText().contains("19 complete, 1 incomplete, 1 confirmations missing, 1 with fever"), board.summaryText());

		board.doSave(null);
		UiTesting.loaded(board);
		assertFalse(board.isDirty());
		page().closeEditor(board, false);
		DayGridEditor<Object> reopened = open("org.cordon.group.screening.editors.dailyTemperatures", "Daily Temperatures");
		reopened.showDay(FEB_12);
		UiTesting.loaded(reopened);
		assertEquals("37.6 °C  FEVER", cell(reopened, "KP-012", "Police officer").text());
		assertEquals(List.of("侯某鹏  KP-014"), rowsWith(reopened, "Day", CellStatus.INCOMPLETE));
		page().closeEditor(reopened, false);
	}

	@Test
	void theDailyCountsGridShowsDaysByCheckpointAndTakesANewDaysCount() throws Exception {
		DayGridEditor<Object> board = open("org.cordon.group.checkpoints.editors.dailyCounts", "Daily Counts");
		assertEquals(FEB_13, board.day(), "up to the latest day counted");
		assertEquals(14, board.rows().size());
		assertEquals("2020-01-31", board.cellAt(board.rows().get(0), 0).value());
		assertEquals(29, board.headers().size(), "the date, 27 open checkpoints, the total");
		assertEquals(List.of("Date", "CP-01 L1", "CP-02 L1", "CP-04 L1"), board.headers().subList(0, 4));
		assertEquals("528", cell(board, "2020-02-13", "CP-01 L1").value());
		assertEquals("2,451", cell(board, "2020-02-13", "Total").value());
		assertEquals("14 days × 27 checkpoints: 378 of 378 counts reported, 0 blank; 26,128 vehicles checked", board.summaryText());

		board.showDay(FEB_14);
		assertTrue(board.isLoading(), "the day is read in a job, not on the UI thread");
		assertEquals(org.cordon.ui.grids.GridMessages.reading, board.summaryText());
		assertEquals(org.cordon.ui.grids.GridMessages.reading, board.edit(board.rows().get(0), 1, "5"), "no typing into rows about to be replaced");
		UiTesting.loaded(board);
		assertEquals(CellStatus.BLANK, cell(board, "2020-02-14", "CP-01 L1").status());
		assertEquals("MISSING", cell(board, "2020-02-14", "Total").text(), "a day nobody counted");
		assertEquals("vehicles: \"many\" is not a whole number", board.edit(row(board, "2020-02-14"), board.column("CP-01 L1"), "many"));
		typeIntoCell(board, row(board, "2020-02-14"), board.column("CP-01 L1"), "120");
		assertEquals("120", cell(board, "2020-02-14", "CP-01 L1").value());
		assertEquals("120", cell(board, "2020-02-14", "Total").value());
		assertTrue(board.isDirty());
		undo(board);
		assertEquals(CellStatus.BLANK, cell(board, "2020-02-14", "CP-01 L1").status());
		assertFalse(board.isDirty());
		redo(board);
		assertEquals("120", cell(board, "2020-02-14", "CP-01 L1").value());
		assertEquals("14 days × 27 checkpoints: 352 of 378 counts reported, 26 blank; 25,117 vehicles checked", board.summaryText());

		Combo measure = measureSelector(board);
		measure.select(measure.indexOf("Persons checked"));
		measure.notifyListeners(SWT.Selection, new Event());
		assertEquals("0", cell(board, "2020-02-14", "CP-01 L1").value(), "the new count has no persons yet");
		assertEquals("1011", cell(board, "2020-02-13", "CP-01 L1").value());
		assertNull(board.edit(row(board, "2020-02-14"), board.column("CP-01 L1"), "250"));
		assertTrue(board.summaryText().endsWith(" persons checked"), board.summaryText());
		board.doSave(null);
		UiTesting.loaded(board);
		assertFalse(board.isDirty());
		page().closeEditor(board, false);

		DayGridEditor<Object> reopened = open("org.cordon.group.checkpoints.editors.dailyCounts", "Daily Counts");
		assertEquals(FEB_14, reopened.day(), "the new count is the latest");
		assertEquals("120", cell(reopened, "2020-02-14", "CP-01 L1").value());
		assertEquals(CellStatus.BLANK, cell(reopened, "2020-02-14", "CP-02 L1").status());
		Combo reopenedMeasure = measureSelector(reopened);
		reopenedMeasure.select(reopenedMeasure.indexOf("Persons checked"));
		reopenedMeasure.notifyListeners(SWT.Selection, new Event());
		assertEquals("250", cell(reopened, "2020-02-14", "CP-01 L1").value());

		// one township's checkpoints as columns; the total still counts every checkpoint
		String total = cell(reopened, "2020-02-13", "Total").value();
		List<String> all = reopened.headers();
		Combo township = townshipSelector(reopened);
		assertEquals("All townships", township.getText());
		assertTrue(township.getItemCount() > 2, "the townships with checkpoints: " + List.of(township.getItems()));
		township.select(1);
		township.notifyListeners(SWT.Selection, new Event());
		List<String> shown = reopened.headers();
		assertEquals("Date", shown.get(0));
		assertEquals("Total", shown.get(shown.size() - 1));
		assertTrue(shown.size() > 2 && shown.size() < all.size(), "some of the 27 checkpoints: " + shown);
		assertTrue(all.containsAll(shown));
		assertEquals(total, cell(reopened, "2020-02-13", "Total").value());
		assertTrue(reopened.summaryText().contains("(Columns: the " + (shown.size() - 2) + " checkpoints of this township, of 27 in all.)"),
				reopened.summaryText());
		Screenshots.settle(200);
		Screenshots.take(reopened.viewer().getControl().getShell(), "daily-counts-one-township");
		township.select(0);
		township.notifyListeners(SWT.Selection, new Event());
		assertEquals(all, reopened.headers());
		page().closeEditor(reopened, false);
	}

	private static Combo townshipSelector(DayGridEditor<Object> board) {
		for (Control control : board.viewer().getControl().getParent().getChildren()) {
			if (control instanceof org.eclipse.swt.widgets.Composite bar) {
				for (Control child : bar.getChildren()) {
					if (child instanceof Combo combo && combo.indexOf("All townships") >= 0) {
						return combo;
					}
				}
			}
		}
		throw new AssertionError("no township selector on " + board.getPartName());
	}
}
