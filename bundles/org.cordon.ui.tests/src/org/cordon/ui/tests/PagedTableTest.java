package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.records.RecordService;
import org.cordon.services.records.TableQuery;
import org.cordon.services.transfer.TransferService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.editors.PagedRecords;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.transfer.ExportShownHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record table of 100,000 rows pages from the database: it opens without reading its records,
 * scrolls to its end, edits a row far down, sorts and filters in the database, saves, and shows
 * the change when opened again.
 */
class PagedTableTest {

	private static final int CHECKPOINTS = 100;
	private static final int DAYS = 1_000;
	private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

	@TempDir
	static Path temp;

	private static CordonDatabase database;
	private static DatabaseSettings original;

	@BeforeAll
	static void aDatabaseOfAHundredThousandDailyCounts() throws Exception {
		database = OsgiServices.await(CordonDatabase.class);
		database.entityManagerFactory();
		original = database.current().orElseThrow();
		page().closeAllEditors(false);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		Path checkpoints = temp.resolve("checkpoints.csv");
		Path counts = temp.resolve("checkpoint-counts.csv");
		try (BufferedWriter out = Files.newBufferedWriter(checkpoints, StandardCharsets.UTF_8)) {
			out.write("code,name,level,kind,township,location,open,two_way,round_the_clock\n");
			for (int c = 0; c < CHECKPOINTS; c++) {
				out.write(String.format("CP-%03d,卡口%03d,2,expressway_exit,,,yes,no,yes%n", c, c));
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(counts, StandardCharsets.UTF_8)) {
			out.write("date,checkpoint,vehicles,persons,fever\n");
			for (int d = 0; d < DAYS; d++) {
				for (int c = 0; c < CHECKPOINTS; c++) {
					out.write(FIRST.plusDays(d) + String.format(",CP-%03d,%d,%d,0%n", c, (d * 7 + c) % 500, (d * 13 + c) % 900));
				}
			}
		}
		TransferService transfer = OsgiServices.await(TransferService.class);
		transfer.importFile("checkpoints", checkpoints);
		transfer.importFile("checkpoint-counts", counts);
		assertEquals(CHECKPOINTS * DAYS, transfer.count("checkpoint-counts"));
	}

	@AfterAll
	static void backToTheSample() {
		page().closeAllEditors(false);
		database.open(original);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static RecordTableEditor open() throws Exception {
		RecordTableEditor editor = (RecordTableEditor) page().openEditor(new RecordKindEditorInput("checkpoint-counts", "Daily counts"),
				RecordTableEditor.ID);
		UiTesting.loaded(editor);
		return editor;
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < deadline, what);
			Screenshots.settle(50);
		}
	}

	private static void clickHeader(RecordTableEditor editor, String column) {
		Table table = editor.viewer().getTable();
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (column.equals(table.getColumn(i).getToolTipText())) {
				table.getColumn(i).notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no column " + column);
	}

	@Test
	void aHundredThousandRowsScrollEditSortFilterSaveAndReopen() throws Exception {
		RecordTableEditor editor = open();
		Table table = editor.viewer().getTable();
		assertEquals(CHECKPOINTS * DAYS, table.getItemCount(), "a row for every record");
		assertEquals(FIRST.toString(), table.getItem(0).getText(0), "the first rows are there at once, by date");

		// the end of the table: its rows are read as they come into view
		int last = CHECKPOINTS * DAYS - 1;
		table.setTopIndex(last - 10);
		table.showItem(table.getItem(last));
		waitUntil("the last row is read", () -> !table.getItem(last).getText(0).isEmpty());
		assertEquals(FIRST.plusDays(DAYS - 1).toString(), table.getItem(last).getText(0));
		assertEquals("卡口099", table.getItem(last).getText(1), "the last checkpoint of the last day, by its name");
		Screenshots.take(table.getShell(), "paged-table-end");

		// a row far down, edited
		CordonEntity far = (CordonEntity) table.getItem(last - 1).getData();
		String farCode = far.getCode();
		assertNull(editor.edit(far, "persons", "4242"));
		assertTrue(editor.isDirty());
		table.setTopIndex(0);
		Screenshots.settle(200);
		assertEquals(4242, ((CheckpointCount) editor.records().get(last - 1)).getPersons(), "the edit stays in its row when it scrolls away");

		editor.doSave(null);
		assertFalse(editor.isDirty(), editor.message());
		UiTesting.loaded(editor);

		// sorted by the database: the saved value is the largest
		clickHeader(editor, "persons");
		UiTesting.loaded(editor);
		clickHeader(editor, "persons");
		UiTesting.loaded(editor);
		assertEquals(farCode, ((CordonEntity) editor.records().get(0)).getCode(), "sorted by persons, descending");
		assertEquals("4242", table.getItem(0).getText(3));

		// filtered by the database: one checkpoint's thousand days, in a fresh table (GTK empties a
		// big one slowly, and destroys it slowly) that keeps the columns' widths, the sort and the
		// context menu; the big one waits hidden for the filter to be cleared
		table.getColumn(1).setWidth(211);
		org.eclipse.swt.widgets.Menu menu = table.getMenu();
		editor.filterField().setText("卡口042");
		UiTesting.loaded(editor);
		assertFalse(table.isDisposed(), "a table that loses most of its rows is kept");
		assertFalse(table.isVisible(), "and hidden");
		assertNotSame(table, editor.viewer().getTable(), "a fresh table shows the filtered rows");
		Table filtered = editor.viewer().getTable();
		assertEquals(DAYS, filtered.getItemCount());
		assertEquals(211, filtered.getColumn(1).getWidth());
		assertEquals("persons", filtered.getSortColumn().getToolTipText());
		assertEquals(SWT.DOWN, filtered.getSortDirection());
		assertSame(menu, filtered.getMenu(), "the part's context menu, with its contributions");
		CordonEntity picked = editor.records().get(3);
		editor.select(java.util.List.of(picked));
		assertEquals(picked, ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
				"the part's selection is the fresh table's");
		assertEquals("卡口042", filtered.getItem(3).getText(1));
		Screenshots.take(filtered.getShell(), "paged-table-filtered");

		// the filter cleared: the big table comes back with its rows, the widths and the sort
		filtered.getColumn(2).setWidth(123);
		editor.filterField().setText("");
		UiTesting.loaded(editor);
		assertSame(table, editor.viewer().getTable(), "the hidden table is shown again");
		assertTrue(table.isVisible());
		assertTrue(filtered.isDisposed(), "the filtered one is gone");
		assertEquals(CHECKPOINTS * DAYS, table.getItemCount());
		assertEquals(123, table.getColumn(2).getWidth(), "a width set while filtered stays");
		assertEquals(SWT.DOWN, table.getSortDirection());
		assertEquals(farCode, ((CordonEntity) editor.records().get(0)).getCode(), "still sorted by persons, descending");
		assertEquals("4242", table.getItem(0).getText(3), "the rows in view show the records of this read");
		assertSame(menu, table.getMenu());
		Screenshots.take(table.getShell(), "paged-table-filter-cleared");
		page().closeEditor(editor, false);

		RecordTableEditor reopened = open();
		reopened.filterField().setText("4242");
		UiTesting.loaded(reopened);
		assertEquals(1, reopened.viewer().getTable().getItemCount(), "a number filters by its value");
		assertEquals(farCode, reopened.records().get(0).getCode());
		assertEquals(4242, OsgiServices.await(RecordService.class)
				.byIds(CheckpointCount.class, new long[] { reopened.records().get(0).getId() }).get(0).getPersons());
		assertEquals(1, OsgiServices.await(RecordService.class).ids(new TableQuery(CheckpointCount.class,
				java.util.List.of(new TableQuery.OneOf("persons", java.util.List.of(4242))), "date", true)).length);
		page().closeEditor(reopened, false);
	}

	@Test
	void exportShownWritesEveryRowInAJobWithTheEditsAsTypedAndACancelledOneLeavesNoFile() throws Exception {
		RecordTableEditor editor = open();
		page().activate(editor);
		Table table = editor.viewer().getTable();
		int farDown = CHECKPOINTS * DAYS - 5;
		CordonEntity far = editor.records().get(farDown);
		assertNull(editor.edit(far, "vehicles", "4343"));
		org.eclipse.core.commands.Command command = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand(ExportShownHandler.COMMAND_ID);
		org.eclipse.ui.handlers.IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);

		Path csv = temp.resolve("shown.csv");
		handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(command,
				java.util.Map.of(ExportShownHandler.FILE_PARAMETER, csv.toString())), null);
		assertEquals(1, org.eclipse.core.runtime.jobs.Job.getJobManager().find(ExportShownHandler.FAMILY).length,
				"the command returns while a job writes the rows");
		UiTesting.waitForJobs(ExportShownHandler.FAMILY);
		java.util.List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(1 + CHECKPOINTS * DAYS, lines.size(), "the titles and every row");
		assertEquals(FIRST + ",卡口000," + table.getItem(0).getText(2) + "," + table.getItem(0).getText(3) + ",0", lines.get(1));
		assertTrue(lines.get(1 + farDown).startsWith(FIRST.plusDays(DAYS - 1) + ",卡口095,4343,"), "the unsaved edit as typed: " + lines.get(1 + farDown));
		assertTrue(editor.isDirty(), "exporting saves nothing");

		Path cancelled = temp.resolve("cancelled.xlsx");
		handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(command,
				java.util.Map.of(ExportShownHandler.FILE_PARAMETER, cancelled.toString())), null);
		org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(ExportShownHandler.FAMILY);
		UiTesting.waitForJobs(ExportShownHandler.FAMILY);
		assertFalse(Files.exists(cancelled), "a cancelled export leaves no file");
		try (var left = Files.list(temp)) {
			assertEquals(java.util.List.of(), left.filter(f -> f.getFileName().toString().contains("cancelled")).toList(), "nor a part of one");
		}
		page().closeEditor(editor, false);
	}

	@Test
	void openingReadsOnlyTheRowsInView() throws Exception {
		RecordTableEditor editor = open();
		assertEquals(CHECKPOINTS * DAYS, editor.viewer().getTable().getItemCount());
		assertTrue(editor.readCount() <= 2 * PagedRecords.PAGE, "records read on opening: " + editor.readCount());
		page().closeEditor(editor, false);
	}
}
