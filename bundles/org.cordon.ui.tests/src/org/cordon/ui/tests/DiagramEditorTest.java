package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.ui.DiagramCanvasAccess;
import org.cordon.diagram.ui.DiagramEditor;
import org.cordon.diagram.ui.DiagramEditorInput;
import org.cordon.model.organisation.Community;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.tests.common.OsgiServices;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The pairing diagram in the running workbench, driven with mouse events on its canvas. */
class DiagramEditorTest {

	@Test
	void draggingACommunityOntoAnotherUnitRepairsItAndUndoRestoresIt() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("pairing", "Pairing"), DiagramEditor.ID);
		try {
			UiTesting.processEvents();
			DiagramCanvasAccess canvas = editor.canvasAccess();
			canvas.setZoom(1);
			DiagramGraph graph = editor.graph();
			OrganisationService organisation = OsgiServices.await(OrganisationService.class);
			DiagramNode community = graph.node("community/C-001");
			String before = unitOf(organisation, (Community) community.semantic());
			DiagramNode target = graph.nodes().stream().filter(n -> n.mappingId().equals("unit") && !n.id().equals("unit/" + before))
					.findFirst().orElseThrow();

			drag(editor, canvas, community, target);

			String after = unitOf(organisation, (Community) community.semantic());
			assertEquals(target.id(), "unit/" + after, "the drop re-paired the community in the database");
			assertTrue(editor.graph().edges().stream().anyMatch(e -> e.source().id().equals("community/C-001")
					&& e.target().id().equals(target.id())), "the editor shows the new pairing");
			assertEquals("Undo Pair " + ((Community) community.semantic()).getName() + " with " + target.label().split("\n")[0],
					"Undo " + DiagramEditor.history().getUndoOperation(editor.undoContext()).getLabel());

			DiagramEditor.history().undo(editor.undoContext(), null, null);
			UiTesting.processEvents();
			assertEquals(before, unitOf(organisation, (Community) community.semantic()), "undo restored the pairing");
			assertTrue(editor.graph().edges().stream().anyMatch(e -> e.source().id().equals("community/C-001")
					&& e.target().id().equals("unit/" + before)));
			assertNotEquals(before, after);
		} finally {
			page.closeEditor(editor, false);
		}
	}

	@Test
	void theLeadershipDiagramListsItsProblemsAsMarkersAndSelectsRecordsForTheProperties() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("leadership", "Leadership structure"), DiagramEditor.ID);
		try {
			UiTesting.processEvents();
			IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(DiagramEditor.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
			long ours = java.util.Arrays.stream(markers).filter(m -> "leadership".equals(m.getAttribute("diagram", ""))).count();
			assertEquals(editor.graph().problems().size(), ours);
			editor.select(List.of("group/G-OFFICE"));
			var selection = (org.eclipse.jface.viewers.IStructuredSelection) editor.getSelection();
			assertEquals("G-OFFICE", ((org.cordon.model.CordonEntity) selection.getFirstElement()).getCode());
		} finally {
			page.closeEditor(editor, false);
		}
		IMarker[] left = ResourcesPlugin.getWorkspace().getRoot().findMarkers(DiagramEditor.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		assertEquals(0, java.util.Arrays.stream(left).filter(m -> "leadership".equals(m.getAttribute("diagram", ""))).count());
	}

	private static void drag(DiagramEditor editor, DiagramCanvasAccess canvas, DiagramNode from, DiagramNode onto) {
		editor.select(List.of(from.id()));
		UiTesting.processEvents();
		int[] start = canvas.toScreen(from.absoluteX() + from.width() / 2, from.absoluteY() + from.height() / 2);
		int[] end = canvas.toScreen(onto.absoluteX() + onto.width() / 2, onto.absoluteY() + onto.height() / 2);
		mouse(canvas, SWT.MouseDown, start[0], start[1]);
		mouse(canvas, SWT.MouseMove, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2);
		mouse(canvas, SWT.MouseMove, end[0], end[1]);
		mouse(canvas, SWT.MouseUp, end[0], end[1]);
		UiTesting.processEvents();
	}

	private static void mouse(DiagramCanvasAccess canvas, int type, int x, int y) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		event.x = x;
		event.y = y;
		canvas.control().notifyListeners(type, event);
	}

	private static String unitOf(OrganisationService organisation, Community community) {
		return organisation.snapshot().pairingOf(community).orElseThrow().getUnit().getCode();
	}
}
