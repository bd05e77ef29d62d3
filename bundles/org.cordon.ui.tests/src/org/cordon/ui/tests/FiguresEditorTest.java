package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cordon.model.organisation.Community;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.figures.FiguresEditor;
import org.cordon.ui.workinggroups.GroupEditorInput;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The figures views of the materials, funds and community groups on the sample data. The expected
 * figures are the report's (shared/docs/domain.md) or summed by hand from the sample's CSV files.
 */
class FiguresEditorTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static FiguresEditor open(String groupId, String editorId, String name) throws Exception {
		FiguresEditor editor = (FiguresEditor) page().openEditor(new GroupEditorInput(editorId, name), editorId);
		UiTesting.loaded(editor);
		return editor;
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private static int column(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column " + title + " in " + Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
	}

	/** The row whose first cell or code cell is {@code key}. */
	private static TableItem row(Table table, int keyColumn, String key) {
		for (TableItem item : table.getItems()) {
			if (item.getText(keyColumn).equals(key)) {
				return item;
			}
		}
		throw new AssertionError("no row " + key);
	}

	private static TableItem totals(Table table) {
		TableItem last = table.getItem(table.getItemCount() - 1);
		assertTrue(last.getText(0).startsWith("Total ("), "the totals row comes last: " + last.getText(0));
		return last;
	}

	private static boolean inErrorColour(TableItem item, int column) {
		return item.getForeground(column).getRGB().equals(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR).getRGB());
	}

	@Test
	void donationsTotalTheRedCrossFigures() throws Exception {
		FiguresEditor editor = open("org.cordon.group.materials", "org.cordon.group.materials.editors.donations", "Donations by Donor Kind");
		Table table = editor.viewer().getTable();
		TableItem totals = totals(table);
		// 39 companies and 27 individuals, 3,704,738 yuan; masks 67,000; …; protective suits 100 sets
		assertEquals("66", totals.getText(column(table, "Donors")));
		assertEquals("3,704,738.00", totals.getText(column(table, "Cash (yuan)")));
		assertEquals("67,000", totals.getText(column(table, "口罩 (只)")));
		assertEquals("172", totals.getText(column(table, "酒精消毒液 (箱)")));
		assertEquals("450", totals.getText(column(table, "医用酒精 (桶)")));
		assertEquals("1,027", totals.getText(column(table, "84消毒液 (桶)")));
		assertEquals("13", totals.getText(column(table, "次氯酸伤口护理液 (箱)")));
		assertEquals("720", totals.getText(column(table, "牛奶 (箱)")));
		assertEquals("100", totals.getText(column(table, "防护服 (套)")));
		assertEquals("39", row(table, 0, "Company").getText(column(table, "Donors")));
		assertEquals("27", row(table, 0, "Individual").getText(column(table, "Donors")));
		assertEquals(SWT.RIGHT, table.getColumn(column(table, "Cash (yuan)")).getAlignment());
	}

	@Test
	void stockOnHandIsReceiptsLessIssuesPerItem() throws Exception {
		FiguresEditor editor = open("org.cordon.group.materials", "org.cordon.group.materials.editors.stockOnHand", "Stock on Hand");
		Table table = editor.viewer().getTable();
		// stock-receipts.csv and stock-issues.csv, summed for MI-01 (masks) and MI-04 (84 disinfectant)
		TableItem masks = row(table, 0, "MI-01");
		assertEquals(List.of("口罩", "只", "147,000", "144,552", "2,448"),
				List.of(masks.getText(1), masks.getText(2), masks.getText(3), masks.getText(4), masks.getText(5)));
		assertEquals("113", row(table, 0, "MI-04").getText(column(table, "On hand")));
		assertEquals("Total (10 rows)", totals(table).getText(0), "items in different units are counted, not summed");
		assertEquals("", totals(table).getText(column(table, "On hand")));
	}

	@Test
	void fundsShowEachAllocationsBalanceAndTheCountysTotal() throws Exception {
		FiguresEditor editor = open("org.cordon.group.funds", "org.cordon.group.funds.editors.balances", "Allocations and Balances");
		Table table = editor.viewer().getTable();
		TableItem totals = totals(table);
		assertEquals("11,630,000.00", totals.getText(column(table, "Allocated (yuan)")), "11.63 million yuan from the county budget");
		// expenditures.csv: 18 payments, 8,271,705.95 yuan in all; FA-01 had 2,000,000.00 and four payments
		assertEquals("18", totals.getText(column(table, "Expenditures")));
		assertEquals("8,271,705.95", totals.getText(column(table, "Spent (yuan)")));
		assertEquals("3,358,294.05", totals.getText(column(table, "Balance (yuan)")));
		assertEquals("502,411.91", row(table, 0, "FA-01").getText(column(table, "Balance (yuan)")));

		// Sorting by balance keeps the totals row last.
		int balance = column(table, "Balance (yuan)");
		table.getColumn(balance).notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
		assertEquals("FA-03", table.getItem(0).getText(0), "the smallest balance, 286,986.36, first");
		assertEquals("Total (6 rows)", totals(table).getText(0));

		editor.filterField().setText("FA-0");
		editor.filterField().setText("首批");
		UiTesting.processEvents();
		assertEquals(List.of("FA-01", "Total (1 row)"), Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
		assertEquals("2,000,000.00", totals(table).getText(column(table, "Allocated (yuan)")));

		Path exported = Files.createTempDirectory("figures").resolve("funds.csv");
		assertEquals(1, editor.exportShown(exported));
		assertEquals(List.of("Allocation,Date,Source,Purpose,Allocated (yuan),Expenditures,Spent (yuan),Balance (yuan)",
				"FA-01,2020-01-24,县级财政预算,首批疫情防控应急资金,2000000.00,4,1497588.09,502411.91"), Files.readAllLines(exported));
	}

	@Test
	void communitiesShowTheirUnitLeadersAndReturneesAndRefreshFindsANewUnpairedOne() throws Exception {
		FiguresEditor editor = open("org.cordon.group.community", "org.cordon.group.community.editors.overview", "Communities Overview");
		Table table = editor.viewer().getTable();
		// 湫水万安苑: 13 party-member building leaders, 56 returnees (building-leaders.csv, key-persons.csv)
		TableItem wananyuan = row(table, 2, "湫水万安苑");
		assertEquals("临泉镇", wananyuan.getText(0));
		assertEquals("13", wananyuan.getText(column(table, "Building leaders")));
		assertEquals("50", wananyuan.getText(column(table, "Migrant workers")));
		assertEquals("56", wananyuan.getText(column(table, "Key persons")));
		assertTrue(editor.figures().rows().size() >= 117, "the sample's 117 communities");
		int shownBefore = table.getItemCount();

		String code = "UI-FIG-" + System.nanoTime();
		OrganisationService organisation = OsgiServices.await(OrganisationService.class);
		organisation.saveAll(List.of(new Community(code, "新建小区（图表测试）", organisation.snapshot().townships().get(0))));
		assertEquals(shownBefore, table.getItemCount(), "nothing changes before a refresh");

		page().activate(editor);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.refresh", null);
		assertTrue(editor.isLoading(), "the figures are read in a job, not on the UI thread");
		UiTesting.loaded(editor);
		assertEquals(shownBefore + 1, table.getItemCount(), "F5 read the new community");
		TableItem added = row(table, 1, code);
		int unit = column(table, "Paired unit");
		assertEquals("(not paired)", added.getText(unit));
		assertTrue(inErrorColour(added, unit), "an unpaired community is flagged in the error colour");
		assertTrue(!inErrorColour(wananyuan, unit), wananyuan.getText(unit));

		List<String> townships = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			townships.add(item.getText(0));
		}
		assertEquals("临泉镇", townships.get(0), "by township, the county town first");

		// unsorted, the rows are in the provider's order, the totals last
		List<String> providerOrder = editor.figures().rows().stream().map(r -> String.valueOf(r.value(1))).toList();
		List<String> shownCodes = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			shownCodes.add(item.getText(1));
		}
		assertEquals(providerOrder, shownCodes.subList(0, shownCodes.size() - 1));
		// by a text column: the Chinese collation (by pinyin), the totals still last
		int community = column(table, "Community");
		table.getColumn(community).notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
		java.text.Collator chinese = java.text.Collator.getInstance(java.util.Locale.CHINA);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < table.getItemCount() - 1; i++) {
			names.add(table.getItem(i).getText(community));
		}
		List<String> collated = new ArrayList<>(names);
		collated.sort(chinese);
		assertEquals(collated, names);
		assertEquals("Total (" + editor.figures().rows().size() + " rows)", table.getItem(table.getItemCount() - 1).getText(0), "the totals row");
	}

	/** The item of a menu, after letting the workbench fill it. */
	private static MenuItem item(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		UiTesting.processEvents();
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").replaceAll("\t.*", "").equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no menu item " + text + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
	}

	@Test
	void theGroupsMenuOpensAFiguresViewAsItsGroupsFirstEditor() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		Menu funds = item(item(bar, "Groups").getMenu(), "Funds").getMenu();
		MenuItem balances = item(funds, "Allocations and Balances");
		List<String> entries = Arrays.stream(funds.getItems()).map(i -> i.getText().replace("&", "")).filter(t -> !t.isEmpty()).toList();
		assertEquals("Allocations and Balances", entries.get(1), "the figures view comes first, after the perspective: " + entries);
		balances.notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
		FiguresEditor editor = (FiguresEditor) page().getActiveEditor();
		UiTesting.loaded(editor);
		assertEquals("Allocations and Balances", editor.getTitle());
		assertEquals(new GroupEditorInput("org.cordon.group.funds.editors.balances", "Allocations and Balances"), editor.getEditorInput());
		assertEquals(6, editor.figures().rows().size());
	}
}
