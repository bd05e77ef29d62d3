package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.figures.FiguresEditor;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.cordon.ui.workinggroups.WorkingGroupsMenu;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every installed group bundle: its declaration, its perspective, and each of its tables and boards on the sample data. */
class WorkingGroupTablesTest {

	private static final List<String> GROUPS = List.of("org.cordon.group.office", "org.cordon.group.checkpoints",
			"org.cordon.group.screening", "org.cordon.group.community", "org.cordon.group.medical", "org.cordon.group.materials",
			"org.cordon.group.funds", "org.cordon.group.publicity", "org.cordon.group.schools", "org.cordon.group.supervision");

	private static List<WorkingGroupContribution> groups() {
		return WorkingGroupRegistry.read(Platform.getExtensionRegistry()).stream().filter(g -> g.id().startsWith("org.cordon.group.")).toList();
	}

	@Test
	void theOfficeAndNineGroupsAreDeclaredInTheirOrder() {
		assertEquals(GROUPS, groups().stream().map(WorkingGroupContribution::id).toList());
		for (WorkingGroupContribution group : groups()) {
			assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(group.perspectiveId()),
					group.id() + " has its perspective");
			assertTrue(group.code().startsWith("G-"), group.code());
		}
	}

	@Test
	void aGroupWithABoardOrFiguresViewListsItFirst() {
		List<String> withOwnMainEditor = List.of("org.cordon.group.office", "org.cordon.group.checkpoints", "org.cordon.group.screening",
				"org.cordon.group.community", "org.cordon.group.materials", "org.cordon.group.funds");
		for (WorkingGroupContribution group : groups()) {
			assertEquals(withOwnMainEditor.contains(group.id()), group.editors().get(0).kind() == null,
					group.id() + " begins with " + group.editors().get(0).name());
		}
	}

	@Test
	void everyGroupTableOpensOnTheSampleData() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<String> empty = new ArrayList<>();
		List<String> boards = new ArrayList<>();
		List<String> figures = new ArrayList<>();
		int tables = 0;
		for (WorkingGroupContribution group : groups()) {
			PlatformUI.getWorkbench().showPerspective(group.perspectiveId(), page.getWorkbenchWindow());
			for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
				IEditorPart part = page.openEditor(WorkingGroupsMenu.input(editor), editor.id());
				UiTesting.processEvents();
				int rows;
				if (part instanceof RecordTableEditor table) {
					UiTesting.loaded(table);
					rows = table.viewer().getTable().getItemCount();
					tables++;
				} else if (part instanceof DayGridEditor<?> board) {
					UiTesting.loaded(board);
					rows = board.viewer().getTable().getItemCount();
					boards.add(editor.id());
				} else {
					UiTesting.loaded((FiguresEditor) part);
					rows = ((FiguresEditor) part).figures().rows().size();
					figures.add(editor.id());
				}
				// The sample found no fever at any checkpoint, so it has no fever follow-up cases.
				if (rows == 0 && !"fever-cases".equals(editor.kind())) {
					empty.add(group.id() + ": " + editor.name());
				}
				page.closeEditor(part, false);
			}
		}
		assertEquals(List.of(), empty, "editors without rows");
		assertEquals(29, tables, "record tables");
		assertEquals(List.of("org.cordon.group.office.editors.zeroReports", "org.cordon.group.checkpoints.editors.dailyCounts",
				"org.cordon.group.screening.editors.dailyTemperatures"), boards);
		assertEquals(List.of("org.cordon.group.community.editors.overview", "org.cordon.group.materials.editors.stockOnHand",
				"org.cordon.group.materials.editors.donations", "org.cordon.group.funds.editors.balances"), figures);
	}

	@AfterEach
	void backToTheOrganisation() throws Exception {
		PlatformUI.getWorkbench().showPerspective("org.cordon.ui.perspectives.organisation",
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}
}
