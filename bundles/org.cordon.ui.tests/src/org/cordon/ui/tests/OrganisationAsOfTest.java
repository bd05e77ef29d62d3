package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.ui.DiagramEditor;
import org.cordon.diagram.ui.DiagramEditorInput;
import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The organisation as of a past moment in the running workbench: a group renamed, a seat given to
 * someone else and a seat deleted after the moment; the navigator and the leadership diagram of
 * that moment show the old structure. The changes are undone at the end, for the other tests.
 */
class OrganisationAsOfTest {

	private static final String NEW_NAME = "改名后的组（测试）";

	@Test
	void theNavigatorAndTheLeadershipDiagramAsOfAPastMomentShowTheOldStructure() throws Exception {
		OrganisationService organisation = OsgiServices.await(OrganisationService.class);
		RecordService records = OsgiServices.await(RecordService.class);
		OrganisationSnapshot before = organisation.snapshot();
		Position seat = before.positions().stream()
				.filter(p -> p.getWorkingGroup() != null && p.getWorkingGroup().getKind() == WorkingGroupKind.GROUP && p.getHolder() != null
						&& p.getRole() != PositionRole.MEMBER)
				.findFirst().orElseThrow();
		WorkingGroup group = seat.getWorkingGroup();
		String oldName = group.getName();
		Person oldHolder = seat.getHolder();
		Person newHolder = before.persons().stream().filter(p -> !p.getCode().equals(oldHolder.getCode())).filter(p -> before.positions()
				.stream().noneMatch(q -> q.getHolder() != null && q.getHolder().getCode().equals(p.getCode()))).findFirst().orElseThrow();
		Position deleted = before.positions().stream()
				.filter(p -> p.getWorkingGroup() != null && !p.getWorkingGroup().getCode().equals(group.getCode()) && p.getHolder() != null)
				.findFirst().orElseThrow();
		String deletedLabel = deleted.getTitle() + "  " + deleted.getHolder().getName();

		Thread.sleep(20);
		LocalDateTime moment = LocalDateTime.now();
		Thread.sleep(20);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OrganisationNavigator navigator = (OrganisationNavigator) page.showView(OrganisationNavigator.ID);
		String title = navigator.getPartName();
		try {
			group.setName(NEW_NAME);
			seat.setHolder(newHolder);
			records.saveChanges(List.<CordonEntity>of(group, seat), List.of(deleted));

			navigator.refresh();
			UiTesting.waitForJobs(OrganisationNavigator.LOAD_FAMILY);
			List<String> now = UiTesting.allItemTexts(navigator.getViewer().getTree());
			assertTrue(now.contains(NEW_NAME), "the navigator shows the rename: " + now);
			assertFalse(now.contains(deletedLabel), "the deleted seat is gone now");

			navigator.showAsOf(moment);
			UiTesting.waitForJobs(OrganisationNavigator.LOAD_FAMILY);
			List<String> past = UiTesting.allItemTexts(navigator.getViewer().getTree());
			assertTrue(past.contains(oldName), "the old group name: " + past);
			assertFalse(past.contains(NEW_NAME), "no new name in the past");
			assertTrue(past.contains(seat.getTitle() + "  " + oldHolder.getName()), "the old holder of " + seat.getTitle());
			assertTrue(past.contains(deletedLabel), "the deleted seat is back: " + deletedLabel);
			String shown = moment.toString().substring(0, 16).replace('T', ' ');
			assertTrue(navigator.getContentDescription().contains(shown), navigator.getContentDescription());
			assertTrue(navigator.getPartName().contains(shown), navigator.getPartName());
			assertEquals(moment, navigator.asOf().orElseThrow());

			DiagramEditor diagram = (DiagramEditor) page.openEditor(new DiagramEditorInput("leadership", "Leadership structure", moment), DiagramEditor.ID);
			DiagramEditor current = (DiagramEditor) page.openEditor(new DiagramEditorInput("leadership", "Leadership structure"), DiagramEditor.ID);
			try {
				UiTesting.loaded(diagram);
				UiTesting.loaded(current);
				assertTrue(diagram != current, "the past and the present are two editors");
				assertTrue(diagram.showsPast());
				assertTrue(diagram.getPartName().contains(shown), diagram.getPartName());
				assertTrue(diagram.session().description().tools().isEmpty(), "no tools: the past cannot be edited");
				assertEquals(oldName, diagram.graph().node("group/" + group.getCode()).label());
				assertEquals(seat.getTitle() + "\n" + oldHolder.getName(), diagram.graph().node("position/" + seat.getCode()).label());
				DiagramNode back = diagram.graph().node("position/" + deleted.getCode());
				assertTrue(back != null && back.label().endsWith(deleted.getHolder().getName()), "the deleted seat is in the past diagram");
				assertEquals(NEW_NAME, current.graph().node("group/" + group.getCode()).label());
				assertFalse(current.session().description().tools().isEmpty());
			} finally {
				page.closeEditor(diagram, false);
				page.closeEditor(current, false);
			}

			navigator.showCurrent();
			UiTesting.waitForJobs(OrganisationNavigator.LOAD_FAMILY);
			assertTrue(UiTesting.allItemTexts(navigator.getViewer().getTree()).contains(NEW_NAME));
			assertEquals(title, navigator.getPartName());
			assertEquals("", navigator.getContentDescription());
		} finally {
			navigator.showCurrent();
			restore(organisation, records, group.getCode(), oldName, seat.getCode(), oldHolder, deleted);
			navigator.refresh();
			UiTesting.waitForJobs(OrganisationNavigator.LOAD_FAMILY);
		}
	}

	private static void restore(OrganisationService organisation, RecordService records, String groupCode, String oldName, String seatCode,
			Person oldHolder, Position deleted) {
		OrganisationSnapshot now = organisation.snapshot();
		WorkingGroup group = now.workingGroups().stream().filter(g -> g.getCode().equals(groupCode)).findFirst().orElseThrow();
		Position seat = now.positions().stream().filter(p -> p.getCode().equals(seatCode)).findFirst().orElseThrow();
		group.setName(oldName);
		seat.setHolder(now.persons().stream().filter(p -> p.getCode().equals(oldHolder.getCode())).findFirst().orElseThrow());
		records.saveChanges(List.<CordonEntity>of(group, seat), List.of());
		if (now.positions().stream().noneMatch(p -> p.getCode().equals(deleted.getCode()))) {
			WorkingGroup deletedGroup = now.workingGroups().stream().filter(g -> g.getCode().equals(deleted.getWorkingGroup().getCode())).findFirst()
					.orElseThrow();
			Position again = new Position(deleted.getCode(), deleted.getTitle(), deleted.getRole(), deletedGroup);
			again.setSortOrder(deleted.getSortOrder());
			again.setHolder(now.persons().stream().filter(p -> p.getCode().equals(deleted.getHolder().getCode())).findFirst().orElseThrow());
			organisation.saveAll(List.of(again));
		}
	}
}
