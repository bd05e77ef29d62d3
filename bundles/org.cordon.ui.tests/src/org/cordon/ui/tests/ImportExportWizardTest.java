package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFiles;
import org.cordon.model.CordonEntity;
import org.cordon.model.publicity.PublicityItem;
import org.cordon.services.records.RecordService;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.FileOutcome;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.cordon.ui.workinggroups.WorkingGroupsMenu;
import org.cordon.ui.labels.RecordLabels;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.cordon.ui.transfer.ExportPage;
import org.cordon.ui.transfer.ExportShownHandler;
import org.cordon.ui.transfer.ExportWizard;
import org.cordon.ui.transfer.ImportProblemMarkers;
import org.cordon.ui.transfer.ImportWizard;
import org.cordon.ui.transfer.ImportedFileEditor;
import org.cordon.ui.transfer.TransferMessages;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import and Export on the sample's publicity items (five of them, which no other test
 * counts), and "Export Shown Rows" on the townships' table. Each test takes back what it imported.
 */
class ImportExportWizardTest {

	private static final String KIND = "publicity-items";

	@TempDir
	Path folder;

	private final List<WizardDialog> dialogs = new ArrayList<>();

	private static TransferService transfer() {
		return OsgiServices.await(TransferService.class);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeAndTakeBack() {
		dialogs.forEach(WizardDialog::close);
		page().closeAllEditors(false);
		RecordService records = OsgiServices.await(RecordService.class);
		List<PublicityItem> added = records.all(PublicityItem.class).stream().filter(i -> i.getCode().startsWith("PI-UI")).toList();
		if (!added.isEmpty()) {
			records.saveChanges(List.of(), added);
		}
	}

	private WizardDialog open(org.eclipse.jface.wizard.IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		dialog.getShell().setSize(900, 680);
		dialog.open();
		dialogs.add(dialog);
		UiTesting.processEvents();
		return dialog;
	}

	private ImportWizard importWizard() {
		ImportWizard wizard = new ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		return wizard;
	}

	/** The sample's publicity items as CSV, with the given rows after them. */
	private Path csvWith(String name, String... extraRows) throws Exception {
		Path file = folder.resolve(name);
		transfer().exportFile(KIND, file);
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		lines.addAll(List.of(extraRows));
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> texts(TableItem item, int columns) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}

	@Test
	void onlyTheKindsOfTheOrganisationAndOfInstalledGroupsAreOffered() {
		ImportWizard wizard = importWizard();
		open(wizard);
		List<String> kinds = wizard.filesPage().kinds();
		assertTrue(kinds.containsAll(List.of("units", "townships", "communities", "pairings", "persons", "positions")), kinds.toString());
		assertTrue(kinds.containsAll(List.of(KIND, "checkpoint-counts", "donations", "schools", "rectifications")), kinds.toString());
		assertFalse(kinds.contains("volunteers"), "no installed group shows volunteers: " + kinds);
		assertEquals(transfer().kinds().stream().filter(kinds::contains).toList(), kinds, "in the order an empty database imports them");
		assertFalse(wizard.filesPage().isPageComplete(), "no kind, no files");
	}

	@Test
	void fileImportAndExportListTheCordonWizards() {
		org.eclipse.swt.widgets.Menu file = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItem(0).getMenu();
		List<String> items = UiTesting.menuItemTexts(file);
		assertTrue(items.containsAll(List.of("Import…", "Export…", "Export Shown Rows…")), items.toString());
		org.eclipse.ui.wizards.IWizardCategory imports = PlatformUI.getWorkbench().getImportWizardRegistry().getRootCategory()
				.findCategory(org.eclipse.core.runtime.IPath.fromOSString("org.cordon.ui.wizards.import"));
		assertEquals("Cordon", imports.getLabel());
		assertEquals(List.of("org.cordon.ui.wizards.importRecords"), Arrays.stream(imports.getWizards()).map(w -> w.getId()).toList());
		org.eclipse.ui.wizards.IWizardCategory exports = PlatformUI.getWorkbench().getExportWizardRegistry().getRootCategory()
				.findCategory(org.eclipse.core.runtime.IPath.fromOSString("org.cordon.ui.wizards.export"));
		assertEquals(List.of("org.cordon.ui.wizards.exportRecords"), Arrays.stream(exports.getWizards()).map(w -> w.getId()).toList());
	}

	@Test
	void fileImportOffersOnlyTheCordonWizards() throws Exception {
		assertEquals(List.of("org.cordon.ui.wizards.importRecords"), shownWizards(PlatformUI.getWorkbench().getImportWizardRegistry()));
		assertEquals(List.of("org.cordon.ui.wizards.exportRecords"), shownWizards(PlatformUI.getWorkbench().getExportWizardRegistry()));
		// File > Import… itself: its dialog is modal, so it is looked at and closed from a timer
		org.eclipse.swt.widgets.Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<Exception> failures = new ArrayList<>();
		window.getDisplay().timerExec(1500, () -> {
			org.eclipse.swt.widgets.Shell dialog = window.getDisplay().getActiveShell();
			try {
				dialog.setSize(700, 560);
				Screenshots.take(dialog, "file-import-dialog");
			} catch (Exception e) {
				failures.add(e);
			} finally {
				dialog.close();
			}
		});
		org.eclipse.ui.actions.ActionFactory.IMPORT.create(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).run();
		assertEquals(List.of(), failures);
	}

	/** The wizards a registry shows, activities applied, depth first. */
	private static List<String> shownWizards(org.eclipse.ui.wizards.IWizardRegistry registry) {
		List<String> shown = new ArrayList<>();
		collectWizards(registry.getRootCategory(), shown);
		return shown;
	}

	private static void collectWizards(org.eclipse.ui.wizards.IWizardCategory category, List<String> shown) {
		for (org.eclipse.ui.wizards.IWizardDescriptor wizard : category.getWizards()) {
			if (!org.eclipse.ui.activities.WorkbenchActivityHelper.filterItem(wizard)) {
				shown.add(wizard.getId());
			}
		}
		for (org.eclipse.ui.wizards.IWizardCategory child : category.getCategories()) {
			collectWizards(child, shown);
		}
	}

	@Test
	void aCsvFileAndAWorkbookArePreviewedWithTheirCountsAndImportedIntoOpenEditors() throws Exception {
		long before = transfer().count(KIND);
		Path csv = csvWith("items.csv", "PI-UI1,handbook,界面测试手册,册");
		Path workbook = folder.resolve("items.xlsx");
		transfer().exportFile(KIND, workbook, RecordLabels.current());
		RecordTableEditor table = (RecordTableEditor) page().openEditor(new RecordKindEditorInput(KIND, null), RecordTableEditor.ID);
		UiTesting.loaded(table);
		UiTesting.processEvents();

		ImportWizard wizard = importWizard();
		WizardDialog dialog = open(wizard);
		wizard.filesPage().setKind(KIND);
		wizard.filesPage().addFiles(List.of(csv, workbook));
		assertTrue(wizard.filesPage().isPageComplete());
		Screenshots.take(dialog.getShell(), "import-files-page");

		dialog.showPage(wizard.previewPage());
		UiTesting.processEvents();
		List<FileOutcome> outcomes = wizard.preview().files();
		assertEquals(List.of("items.csv", "items.xlsx"), outcomes.stream().map(FileOutcome::file).toList());
		assertEquals(List.of(1, (int) before, 0), List.of(outcomes.get(0).counts().created(), outcomes.get(0).counts().updated(),
				outcomes.get(0).counts().removed()));
		assertEquals(List.of(0, (int) before, 0), List.of(outcomes.get(1).counts().created(), outcomes.get(1).counts().updated(),
				outcomes.get(1).counts().removed()), "the workbook holds the stored items: each is updated, none created");
		Table shown = wizard.previewPage().outcomeViewer().getTable();
		assertEquals(List.of("items.csv", "1", Long.toString(before), "0", "0"), texts(shown.getItem(0), 5));
		assertEquals(0, wizard.previewPage().problemViewer().getTable().getItemCount());
		assertTrue(wizard.canFinish(), "Finish is enabled for a preview without problems");
		assertEquals(before, transfer().count(KIND), "the preview wrote nothing");
		Screenshots.take(dialog.getShell(), "import-preview-page");

		assertTrue(wizard.performFinish());
		UiTesting.processEvents();
		assertEquals(before + 1, transfer().count(KIND));
		assertEquals(1, wizard.imported().created());
		UiTesting.loaded(table);
		assertTrue(table.records().stream().anyMatch(r -> r.getCode().equals("PI-UI1")), "the open table shows the imported item at once");
	}

	@Test
	void aBadRowIsListedWithItsLineKeepsFinishDisabledAndLeadsFromTheProblemsViewToItsRow() throws Exception {
		long before = transfer().count(KIND);
		Path csv = csvWith("bad-items.csv", "PI-UI2,handbook,界面测试手册,册", "PI-UI3,poster-wall,坏行,张");
		long badLine = Files.readAllLines(csv, StandardCharsets.UTF_8).size();

		ImportWizard wizard = importWizard();
		WizardDialog dialog = open(wizard);
		wizard.filesPage().setKind(KIND);
		wizard.filesPage().addFiles(List.of(csv));
		dialog.getShell().setSize(920, 690); // resized on the first page, as a user may
		UiTesting.processEvents();
		dialog.showPage(wizard.previewPage());
		UiTesting.processEvents();

		assertTrue(wizard.preview().hasProblems());
		Table problems = wizard.previewPage().problemViewer().getTable();
		assertEquals(1, problems.getItemCount(), wizard.preview().problems().toString());
		List<String> problem = texts(problems.getItem(0), 4);
		assertEquals(List.of("bad-items.csv", Long.toString(badLine), "kind"), problem.subList(0, 3));
		assertTrue(problem.get(3).contains("poster-wall"), problem.get(3));
		assertTrue(problems.getItem(0).getBounds(3).width > 100, "the reason is drawn in a column GTK gave room: " + problems.getItem(0).getBounds(3));
		assertFalse(wizard.canFinish(), "no Finish while the preview lists problems");
		assertNotNull(wizard.previewPage().getErrorMessage());
		Screenshots.take(dialog.getShell(), "import-preview-problems");

		List<IMarker> markers = ImportProblemMarkers.markers(KIND, csv);
		assertEquals(1, markers.size(), "the problem is a marker in the Problems view");
		IMarker marker = markers.get(0);
		assertEquals(badLine, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("kind", marker.getAttribute(ImportProblemMarkers.COLUMN, ""));
		assertEquals(csv, marker.getResource().getLocation().toPath(), "on a link to the imported file");
		assertEquals(before, transfer().count(KIND), "nothing was written");

		// Put right in the file, Back and Next check it again: no problem, Finish, and the marker is gone.
		List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
		lines.set(lines.size() - 1, "PI-UI3,other,好行,张");
		Files.write(csv, lines, StandardCharsets.UTF_8);
		dialog.showPage(wizard.filesPage());
		dialog.showPage(wizard.previewPage());
		UiTesting.processEvents();
		assertFalse(wizard.preview().hasProblems(), wizard.preview().problems().toString());
		assertTrue(wizard.canFinish());
		assertEquals(List.of(), ImportProblemMarkers.markers(KIND, csv));
		// and back to the bad row, for the Problems view
		lines.set(lines.size() - 1, "PI-UI3,poster-wall,坏行,张");
		Files.write(csv, lines, StandardCharsets.UTF_8);
		dialog.showPage(wizard.filesPage());
		dialog.showPage(wizard.previewPage());
		UiTesting.processEvents();
		assertFalse(wizard.canFinish());
		marker = ImportProblemMarkers.markers(KIND, csv).get(0);
		dialog.close();

		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Screenshots.settle(1500); // the Problems view gathers markers in a job of its own
		List<String> listed = UiTesting.allItemTexts(problemsTree());
		assertTrue(listed.stream().anyMatch(t -> t.startsWith("kind: ") && t.contains("poster-wall")), "the Problems view lists it: " + listed);
		Screenshots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "problems-view-import-marker");
		// What the Problems view does on a double-click.
		IEditorPart opened = IDE.openEditor(page(), marker, true);
		UiTesting.processEvents();
		ImportedFileEditor file = assertInstanceOf(ImportedFileEditor.class, opened);
		assertEquals(badLine, file.selectedLine(), "the file opens at the problem's row");
		assertEquals(badLine - 1, file.lines().size(), "every data row, the header not counted");
		assertEquals(List.of("PI-UI3", "poster-wall", "坏行", "张"), file.lines().get(file.lines().size() - 1).cells());
		Screenshots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "imported-file-editor");
	}

	@Test
	void aCancelledPreviewOrImportWritesNothing() throws Exception {
		long before = transfer().count(KIND);
		Path csv = csvWith("more-items.csv", "PI-UI4,handbook,界面测试手册四,册");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		IRunnableContext cancelling = (fork, cancelable, runnable) -> runnable.run(cancelled);

		ImportWizard wizard = importWizard();
		WizardDialog dialog = open(wizard);
		wizard.filesPage().setKind(KIND);
		wizard.filesPage().addFiles(List.of(csv));
		dialog.showPage(wizard.previewPage());
		UiTesting.processEvents();
		assertTrue(wizard.canFinish());

		assertFalse(wizard.performImport(cancelling));
		assertEquals(TransferMessages.Import_cancelled, wizard.previewPage().getErrorMessage());
		assertEquals(before, transfer().count(KIND), "a cancelled import writes nothing");
		assertTrue(OsgiServices.await(RecordService.class).all(PublicityItem.class).stream().noneMatch(i -> i.getCode().equals("PI-UI4")));

		wizard.runPreview(cancelling);
		assertEquals(TransferMessages.Preview_cancelled, wizard.previewPage().getErrorMessage());
		assertFalse(wizard.canFinish(), "no Finish without a preview");
		assertEquals(before, transfer().count(KIND));
	}

	@Test
	void theExportWizardWritesAWorkbookACsvFileAndAnEmptyTemplate() throws Exception {
		List<String> header = transfer().header(KIND);
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = open(wizard);
		ExportPage page = wizard.page();
		page.setKind(KIND);
		page.setFormat(ExportPage.Format.WORKBOOK);
		assertTrue(page.target().toString().endsWith(KIND + ".xlsx"), "the file offered follows kind and format: " + page.target());
		Path workbook = folder.resolve("items.xlsx");
		page.setTarget(workbook);
		Screenshots.take(dialog.getShell(), "export-page");
		assertTrue(wizard.performFinish());
		List<CsvRow> rows = RecordFiles.read(workbook).rows(header);
		assertEquals(transfer().count(KIND), rows.size());
		assertEquals("PI-01", rows.get(0).cell(0));

		page.setFormat(ExportPage.Format.CSV);
		Path csv = folder.resolve("items.csv");
		page.setTarget(csv);
		assertTrue(wizard.performFinish());
		assertEquals(String.join(",", header), Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
		assertEquals(transfer().count(KIND), RecordFiles.read(csv).rows(header).size());

		page.setFormat(ExportPage.Format.TEMPLATE);
		Path template = folder.resolve("template.xlsx");
		page.setTarget(template);
		assertTrue(wizard.performFinish());
		assertTrue(Files.size(template) > 0);
		assertEquals(List.of(), RecordFiles.read(template).rows(header), "a template has the header and no rows");

		page.setFormat(ExportPage.Format.WORKBOOK);
		page.setTarget(folder.resolve("items.txt"));
		assertFalse(page.isPageComplete(), "a workbook needs a name ending in .xlsx");
	}

	@Test
	void exportShownWritesExactlyTheFilteredRowsOfAnOpenTable() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(ExportShownHandler.COMMAND_ID);
		page().showView(OrganisationNavigator.ID);
		UiTesting.processEvents();
		assertFalse(command.isHandled(), "the navigator shows no rows to export");

		RecordTableEditor table = (RecordTableEditor) page().openEditor(new RecordKindEditorInput("townships", null), RecordTableEditor.ID);
		UiTesting.loaded(table);
		page().activate(table);
		table.filterField().setText("乡");
		UiTesting.loaded(table);
		UiTesting.processEvents();
		Table shown = table.viewer().getTable();
		long townshipsNamedXiang = OsgiServices.await(RecordService.class).all(org.cordon.model.organisation.Township.class).stream()
				.filter(t -> t.getName().contains("乡")).count();
		assertTrue(townshipsNamedXiang > 0 && townshipsNamedXiang < 23, "the filter leaves some townships: " + townshipsNamedXiang);
		assertEquals(townshipsNamedXiang, shown.getItemCount());
		assertTrue(command.isHandled(), "a record table shows rows to export");
		Screenshots.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "record-table-export-shown");

		Path csv = folder.resolve("townships.csv");
		execute(command, csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		List<String> titles = Arrays.stream(shown.getColumns()).map(c -> c.getText()).toList();
		assertEquals(String.join(",", titles), lines.get(0));
		List<String> expected = new ArrayList<>();
		for (TableItem item : shown.getItems()) {
			expected.add(String.join(",", texts(item, titles.size())));
		}
		assertEquals(expected, lines.subList(1, lines.size()), "the rows shown, in the order shown, as they read");

		Path workbook = folder.resolve("townships.xlsx");
		execute(command, workbook);
		List<CsvRow> rows = RecordFiles.read(workbook).rows(titles);
		assertEquals(townshipsNamedXiang, rows.size());
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(shown.getItem(i).getText(1), rows.get(i).cell(1), "row " + (i + 1));
		}
		assertTrue(rows.stream().allMatch(r -> r.cell(1).contains("乡")));
		CordonEntity first = (CordonEntity) shown.getItem(0).getData();
		assertEquals(first.getCode(), rows.get(0).cell(0));
	}

	@Test
	void exportShownWritesTheRowsOfADayBoard() throws Exception {
		WorkingGroupContribution office = WorkingGroupRegistry.read(org.eclipse.core.runtime.Platform.getExtensionRegistry()).stream()
				.filter(g -> g.id().equals("org.cordon.group.office")).findFirst().orElseThrow();
		WorkingGroupContribution.EditorContribution declared = office.editors().stream()
				.filter(e -> e.id().equals("org.cordon.group.office.editors.zeroReports")).findFirst().orElseThrow();
		DayGridEditor<?> board = (DayGridEditor<?>) page().openEditor(WorkingGroupsMenu.input(declared), declared.id());
		page().activate(board);
		UiTesting.loaded(board);
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ExportShownHandler.COMMAND_ID);
		assertTrue(command.isHandled(), "a board shows rows to export");
		Path csv = folder.resolve("board.csv");
		execute(command, csv);
		List<CsvRow> rows = RecordFiles.read(csv).rows(board.headers());
		assertEquals(board.rows().size(), rows.size());
		Table grid = board.viewer().getTable();
		assertEquals(texts(grid.getItem(0), board.headers().size()), Arrays.asList(rows.get(0).cells()), "each cell as the board shows it");
	}

	/** The Problems view's tree: the tree of the workbench window whose first column is the markers' description. */
	private static org.eclipse.swt.widgets.Tree problemsTree() {
		List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
		collectTrees(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), trees);
		return trees.stream().filter(t -> t.isVisible() && t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Description")).findFirst()
				.orElseThrow(() -> new AssertionError("the Problems view shows no tree"));
	}

	private static void collectTrees(org.eclipse.swt.widgets.Control control, List<org.eclipse.swt.widgets.Tree> trees) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree) {
			trees.add(tree);
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collectTrees(child, trees);
			}
		}
	}

	private static void execute(Command command, Path file) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(ExportShownHandler.FILE_PARAMETER, file.toString())), null);
		UiTesting.waitForJobs(ExportShownHandler.FAMILY);
	}
}
