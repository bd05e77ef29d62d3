package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.cordon.diagram.graph.DiagramProblem;
import org.cordon.diagram.organisation.OrganisationDiagramPreferences;
import org.cordon.diagram.organisation.PairingDiagram;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.cordon.diagram.ui.DiagramOutlinePage;
import org.cordon.model.organisation.CountyUnit;
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
			UiTesting.loaded(editor);
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
			UiTesting.loaded(editor);
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
			UiTesting.loaded(editor);
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

	@Test
	void selectingAnElementInTheOutlineSelectsItOnTheCanvasAndShowsItsRecordInTheProperties() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("pairing", "Pairing"), DiagramEditor.ID);
		try {
			UiTesting.loaded(editor);
			PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
			IViewPart outlineView = page.showView(IPageLayout.ID_OUTLINE);
			page.activate(outlineView);
			UiTesting.loaded(editor);
			DiagramOutlinePage outline = (DiagramOutlinePage) editor.getAdapter(IContentOutlinePage.class);
			CountyUnit unit = (CountyUnit) editor.graph().node("unit/U-02").semantic();

			outline.selectElements(List.of("unit/U-02"));
			UiTesting.loaded(editor);

			assertEquals(List.of("unit/U-02"), outline.selectedElementIds());
			assertEquals(List.of(unit), ((IStructuredSelection) editor.getSelection()).toList(), "the canvas selects the unit");
			assertEquals(List.of(unit), ((IStructuredSelection) outline.getSelection()).toList(), "the Outline offers the record");
			assertSame(outlineView, page.getActivePart());
			Tree tree = (Tree) properties.getCurrentPage().getControl();
			List<String> cells = new ArrayList<>();
			UiTesting.allItemTexts(tree);
			collectCells(tree.getItems(), cells);
			assertTrue(cells.contains("Name=" + unit.getName()), cells.toString());
			assertTrue(cells.contains("Code=U-02"), cells.toString());

			outline.selectElements(List.of("community/C-001"));
			UiTesting.loaded(editor);
			assertEquals("C-001", ((Community) ((IStructuredSelection) editor.getSelection()).getFirstElement()).getCode());
			cells.clear();
			UiTesting.allItemTexts(tree);
			collectCells(tree.getItems(), cells);
			assertTrue(cells.contains("Code=C-001"), "the Properties follow the Outline: " + cells);
		} finally {
			page.closeEditor(editor, false);
		}
	}

	@Test
	void theLoadThresholdPreferenceChangesWhichUnitsTheOpenPairingDiagramFlags() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("pairing", "Pairing"), DiagramEditor.ID);
		try {
			UiTesting.loaded(editor);
			OrganisationSnapshot model = OsgiServices.await(OrganisationService.class).snapshot();
			List<String> overFour = unitsAnsweringForMoreThan(model, 4);
			List<String> overTwo = unitsAnsweringForMoreThan(model, 2);
			assertTrue(overTwo.size() > overFour.size(), overTwo + " against " + overFour);
			assertEquals(overFour, flaggedUnits(editor));

			PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
					"org.cordon.diagram.organisation.preferences", null, null);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				IPreferencePage preferences = (IPreferencePage) dialog.getSelectedPage();
				Text threshold = texts(preferences.getControl()).get(0);
				assertEquals("4", threshold.getText(), "the default threshold");
				type(threshold, "0");
				assertFalse(preferences.isValid(), "0 communities is no threshold");
				type(threshold, "2");
				assertTrue(preferences.isValid());
				assertTrue(preferences.performOk());
			} finally {
				dialog.close();
			}
			UiTesting.loaded(editor);

			assertEquals(2, OrganisationDiagramPreferences.unitLoadThreshold());
			assertEquals(overTwo, flaggedUnits(editor), "the open diagram was validated again");
			for (String unit : overTwo) {
				assertEquals(PairingDiagram.OVERLOADED, editor.graph().node(unit).style().fill(), unit + " is amber");
			}
			IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(DiagramEditor.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
			assertEquals(overTwo.size(), java.util.Arrays.stream(markers).filter(m -> "pairing".equals(m.getAttribute("diagram", "")))
					.filter(m -> overTwo.contains(m.getAttribute("element", ""))).count(), "a warning in the Problems view per unit");
		} finally {
			OrganisationDiagramPreferences.setUnitLoadThreshold(OrganisationDiagramPreferences.DEFAULT_UNIT_LOAD_THRESHOLD);
			page.closeEditor(editor, false);
		}
	}

	@Test
	void f2RenamesAGroupInPlaceThroughTheServiceAndUndoRestoresTheName() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("leadership", "Leadership structure"), DiagramEditor.ID);
		OrganisationService organisation = OsgiServices.await(OrganisationService.class);
		String before = groupName(organisation, "G-SCHOOLS");
		try {
			UiTesting.loaded(editor);
			DiagramCanvasAccess canvas = editor.canvasAccess();
			editor.select(List.of("group/G-SCHOOLS"));
			Event f2 = new Event();
			f2.keyCode = SWT.F2;
			canvas.control().notifyListeners(SWT.KeyDown, f2);
			UiTesting.loaded(editor);
			Text inPlace = texts(canvas.control()).get(0);
			assertEquals(before, inPlace.getText(), "the editor starts from the name");

			inPlace.setText("学校和托幼机构防控组");
			inPlace.notifyListeners(SWT.DefaultSelection, new Event());
			UiTesting.loaded(editor);

			assertTrue(inPlace.isDisposed(), "the in-place editor closes");
			assertEquals("学校和托幼机构防控组", groupName(organisation, "G-SCHOOLS"), "stored through the services");
			assertEquals("学校和托幼机构防控组", editor.graph().node("group/G-SCHOOLS").label());

			DiagramEditor.history().undo(editor.undoContext(), null, null);
			UiTesting.loaded(editor);
			assertEquals(before, groupName(organisation, "G-SCHOOLS"), "undo restored the name in the database");
			assertEquals(before, editor.graph().node("group/G-SCHOOLS").label());
		} finally {
			page.closeEditor(editor, false);
		}
	}

	private static String groupName(OrganisationService organisation, String code) {
		return organisation.snapshot().workingGroups().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow().getName();
	}

	/** Sets a field's text as typing would: the field editor validates when a key is released. */
	private static void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.KeyUp, new Event());
		UiTesting.processEvents();
	}

	private static List<String> unitsAnsweringForMoreThan(OrganisationSnapshot model, int threshold) {
		return model.units().stream().filter(u -> model.communitiesPairedWith(u).size() > threshold).map(u -> "unit/" + u.getCode())
				.sorted().toList();
	}

	private static List<String> flaggedUnits(DiagramEditor editor) {
		return editor.graph().problems().stream().filter(p -> p.ruleId().equals("overloaded")).map(DiagramProblem::elementId).sorted()
				.toList();
	}

	private static List<Text> texts(Control control) {
		List<Text> found = new ArrayList<>();
		if (control instanceof Text text) {
			found.add(text);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(texts(child));
			}
		}
		return found;
	}

	private static void collectCells(TreeItem[] items, List<String> cells) {
		for (TreeItem item : items) {
			cells.add(item.getText(0) + "=" + item.getText(1));
			collectCells(item.getItems(), cells);
		}
	}

	private static void drag(DiagramEditor editor, DiagramCanvasAccess canvas, DiagramNode from, DiagramNode onto) {
		editor.select(List.of(from.id()));
		UiTesting.loaded(editor);
		int[] start = canvas.toScreen(from.absoluteX() + from.width() / 2, from.absoluteY() + from.height() / 2);
		int[] end = canvas.toScreen(onto.absoluteX() + onto.width() / 2, onto.absoluteY() + onto.height() / 2);
		mouse(canvas, SWT.MouseDown, start[0], start[1]);
		mouse(canvas, SWT.MouseMove, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2);
		mouse(canvas, SWT.MouseMove, end[0], end[1]);
		mouse(canvas, SWT.MouseUp, end[0], end[1]);
		UiTesting.loaded(editor);
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
