package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.figures.FiguresEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupEditorInput;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Every installed group bundle: its declaration, its perspective, and each of its tables on the sample data. */
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
	void everyGroupTableOpensOnTheSampleData() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<String> empty = new ArrayList<>();
		int tables = 0;
		int figures = 0;
		for (WorkingGroupContribution group : groups()) {
			PlatformUI.getWorkbench().showPerspective(group.perspectiveId(), page.getWorkbenchWindow());
			for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
				if (editor.kind() == null) {
					// A figures view: it reads its own rows; the last one totals them.
					IEditorPart part = page.openEditor(new WorkingGroupEditorInput(group.id(), editor.name()), editor.id());
					UiTesting.processEvents();
					if (((FiguresEditor) part).figures().rows().isEmpty()) {
						empty.add(group.id() + ": " + editor.name());
					}
					page.closeEditor(part, false);
					figures++;
					continue;
				}
				IEditorPart part = page.openEditor(new RecordKindEditorInput(editor.kind(), editor.name()), editor.id());
				UiTesting.processEvents();
				RecordTableEditor table = (RecordTableEditor) part;
				// The sample found no fever at any checkpoint, so it has no fever follow-up cases.
				if (table.viewer().getTable().getItemCount() == 0 && !editor.kind().equals("fever-cases")) {
					empty.add(group.id() + ": " + editor.kind());
				}
				page.closeEditor(part, false);
				tables++;
			}
		}
		assertEquals(List.of(), empty, "tables without rows");
		assertEquals(27, tables);
		assertEquals(4, figures, "stock on hand, donations, funds, communities");
		PlatformUI.getWorkbench().showPerspective("org.cordon.ui.perspectives.organisation", page.getWorkbenchWindow());
	}
}
