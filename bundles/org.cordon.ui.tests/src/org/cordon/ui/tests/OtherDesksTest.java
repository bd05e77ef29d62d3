package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.cordon.model.organisation.Township;
import org.cordon.model.screening.DailyReport;
import org.cordon.ui.grids.CellStatus;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.grids.GridMessages;
import org.cordon.ui.workinggroups.GroupEditorInput;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.OfficeServer;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.services.records.RecordService;
import org.cordon.services.records.RecordServiceImpl;
import org.cordon.tests.common.OsgiServices;
import org.cordon.tests.common.SampleOrganisation;
import org.cordon.tests.common.TestServers;
import org.cordon.ui.DatabaseChanges;
import org.cordon.ui.database.DatabaseMessages;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.editors.SaveConflict;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks on one Derby Network Server: this workbench, and a second desk with a connection and a
 * record service of its own. What the second desk saves appears in this desk's open table within a
 * few looks; an edit in progress here is kept, and its save is checked against the other desk's.
 */
class OtherDesksTest {

	private static final String ADMIN = "office";
	private static final String PASSWORD = "desk-pass-1";
	private static final Duration INTERVAL = Duration.ofMillis(200);

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase secondDesk = new EmbeddedDerbyDatabase();
	private CordonDatabase database;
	private DatabaseSettings original;
	private OfficeServer server;
	private Duration originalInterval;

	@BeforeEach
	void twoDesksOnOneServer() {
		database = OsgiServices.await(CordonDatabase.class);
		database.entityManagerFactory();
		original = database.current().orElseThrow();
		server = OfficeServer.start(new EmbeddedDerbyDatabase(), temp.resolve("office"), "127.0.0.1", TestServers.freeLoopbackPort(), ADMIN,
				PASSWORD);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		database.open(DatabaseSettings.server(server.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk-1")));
		secondDesk.open(DatabaseSettings.server(server.clientUrl(), ADMIN, PASSWORD, temp.resolve("desk-2")));
		originalInterval = DatabaseChanges.interval();
		DatabaseChanges.setInterval(INTERVAL);
	}

	@AfterEach
	void backToThisComputer() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		DatabaseChanges.setInterval(originalInterval);
		secondDesk.close();
		database.open(original);
		server.close();
	}

	@Test
	void anOpenTableShowsTheOtherDesksSaveAndKeepsItsOwnEdits() throws Exception {
		RecordService otherDesk = new RecordServiceImpl(secondDesk);
		otherDesk.saveAll(new SampleOrganisation("").inStoringOrder());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		Township selected = shown(editor, "T-LINQUAN");
		editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected));
		waitForLooks(2);

		Township theirs = stored(otherDesk, "T-LINQUAN");
		theirs.setName(theirs.getName() + "（另一工作台）");
		otherDesk.saveChanges(List.of(theirs), List.of());
		long waited = waitUntil(() -> shown(editor, "T-LINQUAN").getName().equals(theirs.getName()));
		assertTrue(waited < 20 * INTERVAL.toMillis(), "shown after " + waited + " ms");
		assertFalse(editor.isDirty(), "the table reloaded without a change of its own");
		assertEquals(List.of("T-LINQUAN"), editor.viewer().getStructuredSelection().toList().stream().map(r -> ((Township) r).getCode()).toList(),
				"the selected record stays selected");

		Township mine = shown(editor, "T-BAIWEN");
		assertEquals(null, editor.edit(mine, "name", mine.getName() + "（本工作台）"));
		String myName = mine.getName();
		Township theirsAgain = stored(otherDesk, "T-BAIWEN");
		theirsAgain.setSortOrder(theirsAgain.getSortOrder() + 40);
		otherDesk.saveChanges(List.of(theirsAgain), List.of());
		String told = NLS.bind(DatabaseMessages.Changes_whileEditing, 1);
		waitUntil(() -> editor.message().equals(told));
		assertTrue(editor.isDirty(), "the edit in progress is kept");
		assertEquals(myName, shown(editor, "T-BAIWEN").getName());

		editor.setConflictResolver(conflicts -> SaveConflict.Resolution.KEEP_MINE);
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty(), editor.message());
		Township both = stored(otherDesk, "T-BAIWEN");
		assertEquals(myName, both.getName());
		assertEquals(theirsAgain.getSortOrder(), both.getSortOrder(), "the other desk's change is not written over");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOpenBoardShowsTheOtherDesksReportAndKeepsItsOwn() throws Exception {
		RecordService otherDesk = new RecordServiceImpl(secondDesk);
		otherDesk.saveAll(new SampleOrganisation("").inStoringOrder());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DayGridEditor<Object> board = (DayGridEditor<Object>) page.openEditor(
				new GroupEditorInput("org.cordon.group.office.editors.zeroReports", "Zero-Report Board"), "org.cordon.group.office.editors.zeroReports");
		UiTesting.loaded(board);
		LocalDate day = board.day();
		assertEquals(CellStatus.MISSING, reportOf(board, "T-LINQUAN"));
		assertEquals(CellStatus.MISSING, reportOf(board, "T-BAIWEN"));
		waitForLooks(2);

		DailyReport theirs = new DailyReport(day, stored(otherDesk, "T-LINQUAN"));
		otherDesk.saveAll(List.of(theirs));
		waitUntil(() -> reportOf(board, "T-LINQUAN") == CellStatus.ZERO);
		assertFalse(board.isDirty());

		Object baiwen = board.rows().stream().filter(r -> board.cellAt(r, 0).value().contains("T-BAIWEN")).findFirst().orElseThrow();
		assertEquals(null, board.edit(baiwen, board.column("Key persons found"), "0"));
		DailyReport changed = otherDesk.all(DailyReport.class).stream().filter(r -> r.getDate().equals(day)).findFirst().orElseThrow();
		changed.setFeverFound(2);
		otherDesk.saveChanges(List.of(changed), List.of());
		waitUntil(() -> board.messageText().equals(GridMessages.changedByOthers));
		assertTrue(board.isDirty(), "the report typed here is kept");
		assertEquals(CellStatus.ZERO, reportOf(board, "T-BAIWEN"));
		assertEquals(CellStatus.ZERO, reportOf(board, "T-LINQUAN"), "what was read stays until the board is saved or reloaded");
		board.doSave(null);
		UiTesting.loaded(board);
		assertFalse(board.isDirty());
		assertEquals(CellStatus.REPORTED, reportOf(board, "T-LINQUAN"), "after the save the board shows both desks' reports");
		assertEquals(CellStatus.ZERO, reportOf(board, "T-BAIWEN"));
	}

	private static CellStatus reportOf(DayGridEditor<Object> board, String townshipCode) {
		Object row = board.rows().stream().filter(r -> board.cellAt(r, 0).value().contains(townshipCode)).findFirst().orElseThrow();
		return board.cellAt(row, board.column("Report")).status();
	}

	private void waitForLooks(int looks) throws InterruptedException {
		long wanted = DatabaseChanges.looksOnServer() + looks;
		waitUntil(() -> DatabaseChanges.looksOnServer() >= wanted);
	}

	/** Lets the workbench run until the condition holds; how long it took, in milliseconds. */
	private static long waitUntil(BooleanSupplier condition) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 30 s");
			}
			UiTesting.processEvents();
			Thread.sleep(20);
		}
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	private static Township shown(RecordTableEditor editor, String code) {
		return (Township) editor.records().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static Township stored(RecordService desk, String code) {
		return desk.all(Township.class).stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow();
	}
}
