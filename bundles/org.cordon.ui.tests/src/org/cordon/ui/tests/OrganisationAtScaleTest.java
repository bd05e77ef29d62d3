package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.ui.DiagramCanvasAccess;
import org.cordon.diagram.ui.DiagramEditor;
import org.cordon.diagram.ui.DiagramEditorInput;
import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The navigator and the pairing diagram on an organisation of ten times the county (issue 24):
 * 230 townships, 1,170 communities, 430 units and 1,170 pairings, made through the services
 * beside the sample's organisation and deleted again afterwards, so the other tests see the sample.
 */
class OrganisationAtScaleTest {

	static final int TOWNSHIPS = 230;
	static final int COMMUNITIES = 1170;
	static final int UNITS = 430;

	private static final List<Township> townships = new ArrayList<>();
	private static final List<Community> communities = new ArrayList<>();
	private static final List<CountyUnit> units = new ArrayList<>();
	private static final List<Pairing> pairings = new ArrayList<>();

	@BeforeAll
	static void createTenTimesTheCounty() {
		for (int t = 1; t <= TOWNSHIPS; t++) {
			townships.add(new Township(String.format(Locale.ROOT, "XT-%03d", t), String.format(Locale.ROOT, "十倍乡镇%03d", t), TownshipKind.TOWN));
		}
		for (int u = 1; u <= UNITS; u++) {
			CountyUnit unit = new CountyUnit(String.format(Locale.ROOT, "XU-%03d", u), String.format(Locale.ROOT, "十倍县直单位%03d", u));
			unit.setShortName(String.format(Locale.ROOT, "十倍单位%03d", u));
			units.add(unit);
		}
		// As in the county: a township's communities are next to each other, and a unit answers
		// for a run of about three of them, mostly in one township.
		for (int c = 0; c < COMMUNITIES; c++) {
			Township township = townships.get(c * TOWNSHIPS / COMMUNITIES);
			Community community = new Community(String.format(Locale.ROOT, "XC-%04d", c + 1), String.format(Locale.ROOT, "十倍小区%04d", c + 1), township);
			communities.add(community);
			CountyUnit unit = units.get(c * UNITS / COMMUNITIES);
			pairings.add(new Pairing("PAIR-" + community.getCode(), unit, community));
		}
		List<CordonEntity> all = new ArrayList<>();
		all.addAll(townships);
		all.addAll(units);
		all.addAll(communities);
		all.addAll(pairings);
		long start = System.nanoTime();
		OsgiServices.await(OrganisationService.class).saveAll(all);
		System.out.printf(Locale.ROOT, "OrganisationAtScaleTest: %d records saved in %d ms%n", all.size(), (System.nanoTime() - start) / 1_000_000);
	}

	@AfterAll
	static void deleteTenTimesTheCounty() throws Exception {
		RecordService records = OsgiServices.await(RecordService.class);
		OrganisationSnapshot now = OsgiServices.await(OrganisationService.class).snapshot();
		// The stored versions: a diagram or the navigator may have read them since.
		records.deleteAll(now.pairings().stream().filter(p -> p.getCode().startsWith("PAIR-XC-")).toList());
		records.deleteAll(now.communities().stream().filter(c -> c.getCode().startsWith("XC-")).toList());
		records.deleteAll(now.units().stream().filter(u -> u.getCode().startsWith("XU-")).toList());
		records.deleteAll(now.townships().stream().filter(t -> t.getCode().startsWith("XT-")).toList());
		IWorkbenchPage page = page();
		if (page.findView(OrganisationNavigator.ID) instanceof OrganisationNavigator navigator) {
			// Back to now, should the test have stopped at its past moment.
			navigator.showCurrent();
			navigator.refresh();
			UiTesting.loaded(navigator);
		}
	}

	@Test
	void theNavigatorReadsTenTimesTheCountyInAJobAndMakesANodesChildrenOnlyWhenItIsExpanded() throws Exception {
		IWorkbenchPage page = page();
		OrganisationNavigator navigator = (OrganisationNavigator) page.showView(OrganisationNavigator.ID);
		// read again: a test before may have switched the database under a read of the view's (PagedTableTest)
		navigator.refresh();
		UiTesting.loaded(navigator);
		Tree tree = navigator.getViewer().getTree();
		// The tree shows "Loading…" whenever it has no organisation of the moment asked for: when
		// the view opens (whether a test run opens it anew depends on the tests before), and when
		// another moment is chosen. The second is what a test can bring about.
		try (UiTesting.HeldJobs reads = new UiTesting.HeldJobs()) {
			// a moment to come: the organisation with everything made so far (a second ago may be
			// before the last of the ten times county was made, on a fast machine)
			navigator.showAsOf(LocalDateTime.now().plusMinutes(1));
			UiTesting.processEvents();
			// The view is live while its read waits: the read is the job's.
			assertTrue(navigator.isLoading(), "the navigator reads in a job");
			assertEquals(List.of("Loading the organisation…"), Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		}
		UiTesting.loaded(navigator);
		assertTrue(navigator.shownSnapshot().orElseThrow().townships().size() >= TOWNSHIPS, "the past moment, with the ten times county");
		long start;
		try (UiTesting.HeldJobs reads = new UiTesting.HeldJobs()) {
			navigator.showCurrent();
			UiTesting.processEvents();
			assertTrue(navigator.isLoading());
			assertEquals(List.of("Loading the organisation…"), Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
			start = System.nanoTime();
		}

		UiTesting.loaded(navigator);
		System.out.printf(Locale.ROOT, "OrganisationAtScaleTest: the navigator read and showed %d townships in %d ms%n",
				navigator.shownSnapshot().orElseThrow().townships().size(), (System.nanoTime() - start) / 1_000_000);
		OrganisationSnapshot shown = navigator.shownSnapshot().orElseThrow();
		assertTrue(shown.townships().size() >= TOWNSHIPS && shown.communities().size() >= COMMUNITIES && shown.units().size() >= UNITS
				&& shown.pairings().size() >= COMMUNITIES, "the navigator shows the ten times county");

		TreeItem townshipsFolder = rootItem(tree, "Townships (" + shown.townships().size() + ")");
		TreeItem unitsFolder = rootItem(tree, "County units (" + shown.units().size() + ")");
		assertEquals(shown.townships().size(), townshipsFolder.getItemCount(), "a node per township");
		assertEquals(shown.units().size(), unitsFolder.getItemCount(), "a node per unit");
		// Closed, each township and unit with communities holds only the viewer's placeholder:
		// its communities' nodes are not made yet.
		for (TreeItem folder : List.of(townshipsFolder, unitsFolder)) {
			for (TreeItem item : folder.getItems()) {
				assertFalse(item.getExpanded(), item.getText());
				assertTrue(item.getItemCount() <= 1 && (item.getItemCount() == 0 || item.getItem(0).getData() == null),
						item.getText() + " has no community nodes before it is expanded");
			}
		}

		Township township = townships.get(41);
		TreeItem townshipItem = expand(navigator.getViewer(), townshipsFolder, township.getName());
		List<String> expected = communities.stream().filter(c -> c.getTownship() == township)
				.map(c -> c.getName() + "  — " + pairingOf(c).getUnit().getName()).toList();
		assertEquals(5, expected.size(), "the generated township has five communities");
		assertEquals(expected, Arrays.stream(townshipItem.getItems()).map(TreeItem::getText).toList());
		assertEquals(township.getName() + "  (5 communities)", townshipItem.getText());

		CountyUnit unit = units.get(100);
		TreeItem unitItem = expand(navigator.getViewer(), unitsFolder, unit.getName());
		List<String> paired = pairings.stream().filter(p -> p.getUnit() == unit).map(p -> p.getCommunity().getName() + "  — " + unit.getName())
				.toList();
		assertTrue(paired.size() >= 2, "the unit answers for a run of communities: " + paired);
		assertEquals(paired, Arrays.stream(unitItem.getItems()).map(TreeItem::getText).toList());

		// The other townships stay closed: expanding one made the nodes of that one only.
		long made = Arrays.stream(townshipsFolder.getItems()).filter(i -> i.getItemCount() > 0 && i.getItem(0).getData() != null).count();
		assertEquals(1, made, "only the expanded township has community nodes");
		tree.setTopItem(townshipItem);
		Screenshots.take(page.getWorkbenchWindow().getShell(), "navigator-10x");
	}

	@Test
	void thePairingDiagramOpensAtTenTimesTheCountyLaidOutInAJob() throws Exception {
		IWorkbenchPage page = page();
		DiagramEditor editor = null;
		try {
			long start;
			long opened;
			try (UiTesting.HeldJobs reads = new UiTesting.HeldJobs()) {
				start = System.nanoTime();
				editor = (DiagramEditor) page.openEditor(new DiagramEditorInput("pairing", "Pairing"), DiagramEditor.ID);
				opened = System.nanoTime();
				UiTesting.processEvents();
				// The editor is open and live, and says so, while its read and layout wait.
				assertTrue(editor.isLoading(), "the diagram is read and laid out in a job");
				assertEquals("Laying out the diagram…", editor.canvasAccess().message());
			}
			DiagramCanvasAccess canvas = editor.canvasAccess();
			long released = System.nanoTime();
			UiTesting.loaded(editor);
			long loaded = System.nanoTime();
			assertNull(canvas.message(), "the message goes when the diagram is shown");

			OrganisationSnapshot model = (OrganisationSnapshot) editor.session().model();
			DiagramGraph graph = editor.graph();
			long townshipsWithCommunities = model.townships().stream()
					.filter(t -> model.communities().stream().anyMatch(c -> c.getTownship().getCode().equals(t.getCode()))).count();
			assertEquals(townshipsWithCommunities, count(graph, "township"), "a box per township with communities");
			assertEquals(model.communities().size(), count(graph, "community"), "a node per community");
			assertEquals(model.units().size(), count(graph, "unit"), "a node per unit");
			assertEquals(model.pairings().size(), graph.edges().size(), "an edge per pairing");
			assertTrue(count(graph, "community") >= COMMUNITIES && count(graph, "unit") >= UNITS && townshipsWithCommunities >= TOWNSHIPS);
			DiagramNode generated = graph.node("community/XC-0042");
			assertNotNull(generated);
			assertEquals("township/" + communities.get(41).getTownship().getCode(), generated.parent().id());
			assertTrue(graph.edges().stream().anyMatch(e -> e.source().id().equals("community/XC-0042")
					&& e.target().id().equals("unit/" + pairingOf(communities.get(41)).getUnit().getCode())));

			long readStart = System.nanoTime();
			OsgiServices.await(OrganisationService.class).snapshot();
			long read = System.nanoTime();
			System.out.printf(Locale.ROOT, "OrganisationAtScaleTest: pairing diagram of %d nodes and %d edges, %.0fx%.0f: openEditor %d ms,"
					+ " read + build + layout + drawing in the job %d ms; the snapshot alone, read again %d ms%n", graph.nodes().size(),
					graph.edges().size(), graph.width(), graph.height(), (opened - start) / 1_000_000, (loaded - released) / 1_000_000,
					(read - readStart) / 1_000_000);
			Path fitted = Screenshots.take(page.getWorkbenchWindow().getShell(), "pairing-10x-fitted");
			long paintFitted = paintMillis(canvas);

			// At actual size a township's communities and units are readable; the canvas scrolls to them.
			canvas.setZoom(1);
			editor.select(List.of("community/XC-0042"));
			UiTesting.processEvents();
			Path actualSize = Screenshots.take(page.getWorkbenchWindow().getShell(), "pairing-10x-actual-size");
			long paintActualSize = paintMillis(canvas);
			System.out.println("OrganisationAtScaleTest: screenshots " + fitted + " and " + actualSize);
			System.out.printf(Locale.ROOT, "OrganisationAtScaleTest: one paint of the canvas, fitted %d ms, at 100 %% %d ms%n", paintFitted, paintActualSize);
		} finally {
			if (editor != null) {
				page.closeEditor(editor, false);
			}
		}
	}

	/** How long the canvas takes to paint itself once (into an image, so that the paint surely runs), the median of five. */
	private static long paintMillis(DiagramCanvasAccess canvas) {
		org.eclipse.swt.graphics.Rectangle area = canvas.control().getClientArea();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.control().getDisplay(), area.width, area.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		try {
			long[] millis = new long[5];
			for (int i = 0; i < millis.length; i++) {
				long start = System.nanoTime();
				canvas.control().print(gc);
				millis[i] = (System.nanoTime() - start) / 1_000_000;
			}
			Arrays.sort(millis);
			return millis[millis.length / 2];
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Pairing pairingOf(Community community) {
		return pairings.stream().filter(p -> p.getCommunity() == community).findFirst().orElseThrow();
	}

	private static long count(DiagramGraph graph, String mapping) {
		return graph.nodes().stream().filter(n -> n.mappingId().equals(mapping)).count();
	}

	private static TreeItem rootItem(Tree tree, String text) {
		return Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + text + " in " + Arrays.stream(tree.getItems()).map(TreeItem::getText).toList()));
	}

	/** Expands the node whose label starts with the name, as a click on its arrow does. */
	private static TreeItem expand(TreeViewer viewer, TreeItem folder, String name) {
		TreeItem item = Arrays.stream(folder.getItems()).filter(i -> i.getText().startsWith(name + "  ")).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + name));
		viewer.setExpandedState(item.getData(), true);
		UiTesting.processEvents();
		assertTrue(item.getExpanded());
		return item;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
