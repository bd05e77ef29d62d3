package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cordon.model.organisation.Community;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the Cordon workbench started by the UI test harness on a fresh data folder, which
 * the first start fills with the Lin County sample data.
 */
class WorkbenchTest {

	private static final String UNPAIRED_CODE = "UI-C-UNPAIRED";

	@BeforeAll
	static void addACommunityNoUnitCovers() {
		OrganisationService organisation = OsgiServices.await(OrganisationService.class);
		OrganisationSnapshot snapshot = organisation.snapshot();
		if (snapshot.communities().stream().noneMatch(c -> c.getCode().equals(UNPAIRED_CODE))) {
			Community community = new Community(UNPAIRED_CODE, "新建小区（测试）", snapshot.townships().get(0));
			organisation.saveAll(List.of(community));
		}
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	private static OrganisationNavigator refreshedNavigator() throws Exception {
		OrganisationNavigator navigator = (OrganisationNavigator) window().getActivePage().showView(OrganisationNavigator.ID);
		navigator.refresh();
		UiTesting.waitForJobs(OrganisationNavigator.LOAD_FAMILY);
		return navigator;
	}

	@Test
	void theWindowIsTitledCordonAndOpensOnTheOrganisationPerspective() {
		assertEquals("Cordon", window().getShell().getText());
		assertEquals("org.cordon.ui.perspectives.organisation", window().getActivePage().getPerspective().getId());
		IWorkbenchPage page = window().getActivePage();
		assertTrue(page.findView(OrganisationNavigator.ID) != null, "the navigator is open");
	}

	@Test
	void theNavigatorShowsThePersistedOrganisation() throws Exception {
		Tree tree = refreshedNavigator().getViewer().getTree();
		List<String> roots = Arrays.stream(tree.getItems()).map(i -> i.getText()).toList();
		assertEquals(3, roots.size(), roots.toString());
		assertTrue(roots.get(0).contains("领导小组"), roots.toString());
		assertEquals(List.of("Townships (23)", "County units (43)"), roots.subList(1, 3));

		List<String> all = UiTesting.allItemTexts(tree);
		assertTrue(all.stream().anyMatch(t -> t.startsWith("湫水万安苑  — ") && !t.contains("not paired")), "湫水万安苑 with its unit");
		assertTrue(all.contains("新建小区（测试）  — not paired with any unit"), "the unpaired community is flagged");
		assertTrue(all.stream().anyMatch(t -> t.startsWith("木瓜坪乡  (")), "townships with their community counts");
		assertTrue(all.stream().anyMatch(t -> t.startsWith("临县卫生健康局  (")), "county units with their communities");
		assertTrue(all.stream().anyMatch(t -> t.contains("李双会")), "the county head holds a position");
		assertTrue(all.get(1).startsWith("组长") && all.get(1).contains("张建国"), "the joint leaders come first: " + all.subList(0, 4));
		assertTrue(all.stream().anyMatch(t -> t.matches("Members \\(\\d+\\)")), "member seats are kept in a folder");
	}

	@Test
	void theSelectedRecordShowsInThePropertiesView() throws Exception {
		OrganisationNavigator navigator = refreshedNavigator();
		OrganisationSnapshot snapshot = navigator.shownSnapshot().orElseThrow();
		Community wananyuan = snapshot.communities().stream().filter(c -> c.getName().equals("湫水万安苑")).findFirst().orElseThrow();
		navigator.getViewer().setSelection(new StructuredSelection(wananyuan), true);
		IViewPart view = window().getActivePage().showView(IPageLayout.ID_PROP_SHEET);
		window().getActivePage().activate(navigator);
		UiTesting.processEvents();

		Tree properties = (Tree) ((PropertySheet) view).getCurrentPage().getControl();
		UiTesting.allItemTexts(properties);
		List<String> cells = new ArrayList<>();
		collectCells(properties.getItems(), cells);
		assertTrue(cells.contains("Name=湫水万安苑"), cells.toString());
		assertTrue(cells.contains("Township=" + wananyuan.getTownship().getName()), cells.toString());
		assertTrue(cells.contains("Code=" + wananyuan.getCode()), cells.toString());
	}

	private static void collectCells(org.eclipse.swt.widgets.TreeItem[] items, List<String> cells) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			cells.add(item.getText(0) + "=" + item.getText(1));
			collectCells(item.getItems(), cells);
		}
	}

	@Test
	void theMenusOfferExitAndAbout() {
		Menu bar = window().getShell().getMenuBar();
		List<String> menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toList();
		assertTrue(menus.containsAll(List.of("File", "Edit", "Groups", "Window", "Help")), menus.toString());
		assertTrue(UiTesting.menuItemTexts(menu(bar, "File")).contains("Exit"));
		assertTrue(UiTesting.menuItemTexts(menu(bar, "Help")).contains("About Cordon"));
		assertTrue(UiTesting.menuItemTexts(menu(bar, "Groups")).containsAll(List.of("Office (test)", "Checkpoints (test)")));
	}

	private static Menu menu(Menu bar, String name) {
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals(name)) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no menu " + name);
	}

	@Test
	void aboutShowsTheVersionsOfCordonEclipseEclipseLinkAndDerby() throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<List<String>> rows = new AtomicReference<>(List.of());
		display.timerExec(500, () -> {
			for (Shell shell : display.getShells()) {
				if ("About Cordon".equals(shell.getText())) {
					rows.set(tableRows(shell));
					shell.close();
				}
			}
		});
		window().getService(IHandlerService.class).executeCommand("org.cordon.ui.commands.about", null);
		List<String> seen = rows.get();
		assertEquals(List.of("Cordon", "Eclipse platform", "EclipseLink", "Derby", "Java"),
				seen.stream().map(r -> r.substring(0, r.indexOf('='))).toList(), seen.toString());
		assertTrue(seen.contains("Derby=10.17.1.0"), seen.toString());
		assertTrue(seen.stream().anyMatch(r -> r.startsWith("EclipseLink=5.0.0")), seen.toString());
		assertTrue(seen.stream().anyMatch(r -> r.startsWith("Eclipse platform=workbench 3.")), seen.toString());
	}

	private static List<String> tableRows(Shell shell) {
		List<String> rows = new ArrayList<>();
		findTables(shell, rows);
		return rows;
	}

	private static void findTables(org.eclipse.swt.widgets.Composite composite, List<String> rows) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof Table table) {
				for (TableItem item : table.getItems()) {
					rows.add(item.getText(0) + "=" + item.getText(1));
				}
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				findTables(inner, rows);
			}
		}
	}
}
