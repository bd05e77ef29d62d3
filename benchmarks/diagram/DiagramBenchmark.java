import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.description.ServiceLookup;
import org.cordon.diagram.graph.DiagramBuilder;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.ViewSettings;
import org.cordon.diagram.layout.DiagramLayout;
import org.cordon.diagram.organisation.PairingDiagram;
import org.cordon.diagram.render.DiagramPainter;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.services.records.RecordService;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * The diagram layer's speed, outside OSGi and without a database: the pairing diagram of the
 * sample's size (43 units, 117 communities in 23 townships) built and laid out, against plain
 * ELK laying out the same ELK graph; the pairing diagram of the county at ten times its size
 * (430 units, 1,170 communities in 230 townships, every community paired: the scale data of
 * benchmarks/scale) built, laid out and drawn; and a synthetic pairing diagram of 5,000 nodes
 * built, laid out and drawn into an image. Prints {@code layout_ratio}, {@code pairing_10x_s} and
 * {@code big_diagram_s} (and their CPU times).
 */
public class DiagramBenchmark {

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
		OrganisationSnapshot county = pairingModel(43, 23, 117);
		RepresentationDescription<OrganisationSnapshot> pairing = PairingDiagram.describe(lookup(county), 4);

		for (int i = 0; i < 5; i++) {
			buildAndLayOut(pairing, county);
			plainElk(pairing, county);
		}
		long[][] ours = new long[runs][];
		long[][] plain = new long[runs][];
		for (int i = 0; i < runs; i++) {
			ours[i] = buildAndLayOut(pairing, county);
			plain[i] = plainElk(pairing, county);
		}
		double oursMs = median(ours, 0) / 1e6;
		double plainMs = median(plain, 0) / 1e6;
		System.out.printf(Locale.ROOT, "pairing_build_layout_ms: %.2f%n", oursMs);
		System.out.printf(Locale.ROOT, "pairing_plain_elk_ms: %.2f%n", plainMs);
		// Both sides run in this one thread, so their CPU times compare fairly even while other
		// processes take the cores; the wall-clock ratio of runs this short follows the neighbours.
		System.out.printf(Locale.ROOT, "layout_ratio: %.2f%n", median(ours, 1) / median(plain, 1));
		System.out.printf(Locale.ROOT, "layout_ratio_wall: %.2f%n", oursMs / plainMs);
		DiagramGraph sampleSized = DiagramBuilder.build(pairing, county, ViewSettings.defaults(pairing));
		DiagramLayout.arrange(sampleSized, pairing.direction(), Map.of());
		System.out.printf(Locale.ROOT, "pairing_size: %.0fx%.0f%n", sampleSized.width(), sampleSized.height());
		System.out.printf(Locale.ROOT, "pairing_crossings: %d%n", crossings(sampleSized));

		// The county at ten times its size, as benchmarks/scale/generate.py writes it: what the
		// workbench's pairing diagram must open at (issue 24). Once to warm up, then timed.
		OrganisationSnapshot tenTimes = pairingModel(430, 230, 1170, 0);
		RepresentationDescription<OrganisationSnapshot> tenTimesPairing = PairingDiagram.describe(lookup(tenTimes), 4);
		drawnOnce(tenTimesPairing, tenTimes);
		long[] tenTimesFigures = drawnOnce(tenTimesPairing, tenTimes);
		System.out.printf(Locale.ROOT, "pairing_10x_nodes: %d%n", tenTimesFigures[4]);
		System.out.printf(Locale.ROOT, "pairing_10x_edges: %d%n", tenTimesFigures[5]);
		System.out.printf(Locale.ROOT, "pairing_10x_build_s: %.2f%n", tenTimesFigures[0] / 1e9);
		System.out.printf(Locale.ROOT, "pairing_10x_layout_s: %.2f%n", tenTimesFigures[1] / 1e9);
		System.out.printf(Locale.ROOT, "pairing_10x_draw_s: %.2f%n", tenTimesFigures[2] / 1e9);
		System.out.printf(Locale.ROOT, "pairing_10x_s: %.2f%n", (tenTimesFigures[0] + tenTimesFigures[1] + tenTimesFigures[2]) / 1e9);
		System.out.printf(Locale.ROOT, "pairing_10x_cpu_s: %.2f%n", tenTimesFigures[3] / 1e9);
		System.out.printf(Locale.ROOT, "pairing_10x_size: %dx%d%n", tenTimesFigures[6], tenTimesFigures[7]);

		OrganisationSnapshot big = pairingModel(1000, 200, 3800);
		RepresentationDescription<OrganisationSnapshot> bigPairing = PairingDiagram.describe(lookup(big), 4);
		long startCpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		DiagramGraph graph = DiagramBuilder.build(bigPairing, big, ViewSettings.defaults(bigPairing));
		DiagramLayout.arrange(graph, bigPairing.direction(), Map.of());
		long laidOut = System.nanoTime();
		Drawing drawing = DiagramPainter.paint(graph);
		BufferedImage image = PngWriter.render(drawing, PngWriter.scaleFor(drawing, 1.0));
		long drawn = System.nanoTime();
		long drawnCpu = THREADS.getCurrentThreadCpuTime();
		System.out.printf(Locale.ROOT, "big_diagram_nodes: %d%n", graph.nodes().size());
		System.out.printf(Locale.ROOT, "big_diagram_edges: %d%n", graph.edges().size());
		System.out.printf(Locale.ROOT, "big_diagram_layout_s: %.2f%n", (laidOut - start) / 1e9);
		System.out.printf(Locale.ROOT, "big_diagram_image: %dx%d%n", image.getWidth(), image.getHeight());
		System.out.printf(Locale.ROOT, "big_diagram_s: %.2f%n", (drawn - start) / 1e9);
		// The same work in this thread's CPU time: on a machine shared with other builds the wall
		// clock says more about the neighbours than about the diagram.
		System.out.printf(Locale.ROOT, "big_diagram_cpu_s: %.2f%n", (drawnCpu - startCpu) / 1e9);
	}

	/**
	 * Builds, lays out and draws the diagram into an image at its actual size: the wall-clock
	 * nanoseconds of each step, the thread's CPU time of all three, the nodes and edges, and the
	 * diagram's width and height.
	 */
	private static long[] drawnOnce(RepresentationDescription<OrganisationSnapshot> description, OrganisationSnapshot model) {
		long startCpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		DiagramGraph graph = DiagramBuilder.build(description, model, ViewSettings.defaults(description));
		long built = System.nanoTime();
		DiagramLayout.arrange(graph, description.direction(), Map.of());
		long laidOut = System.nanoTime();
		Drawing drawing = DiagramPainter.paint(graph);
		PngWriter.render(drawing, PngWriter.scaleFor(drawing, 1.0));
		long drawn = System.nanoTime();
		return new long[] { built - start, laidOut - built, drawn - laidOut, THREADS.getCurrentThreadCpuTime() - startCpu,
				graph.nodes().size(), graph.edges().size(), Math.round(graph.width()), Math.round(graph.height()) };
	}

	/** Wall-clock and thread CPU nanoseconds of building and laying out the diagram. */
	private static long[] buildAndLayOut(RepresentationDescription<OrganisationSnapshot> description, OrganisationSnapshot model) {
		long start = System.nanoTime();
		long startCpu = THREADS.getCurrentThreadCpuTime();
		DiagramGraph graph = DiagramBuilder.build(description, model, ViewSettings.defaults(description));
		DiagramLayout.arrange(graph, description.direction(), Map.of());
		return new long[] { System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - startCpu };
	}

	/** ELK alone, on the graph our layer hands it (built beforehand, outside the timing). */
	private static long[] plainElk(RepresentationDescription<OrganisationSnapshot> description, OrganisationSnapshot model) {
		DiagramGraph graph = DiagramBuilder.build(description, model, ViewSettings.defaults(description));
		ElkNode elk = DiagramLayout.toElk(graph, description.direction());
		long start = System.nanoTime();
		long startCpu = THREADS.getCurrentThreadCpuTime();
		new RecursiveGraphLayoutEngine().layout(elk, new BasicProgressMonitor());
		return new long[] { System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - startCpu };
	}

	/**
	 * Units, townships and communities; the same every run. As in the county, a unit answers
	 * for a few communities next to each other, mostly in one township: the communities, taken
	 * township by township, go to the units in turn, a run of about equal length each.
	 */
	static OrganisationSnapshot pairingModel(int unitCount, int townshipCount, int communityCount) {
		return pairingModel(unitCount, townshipCount, communityCount, 29);
	}

	/** The same, every {@code unpairedEvery}-th community left unpaired (0: all paired). */
	static OrganisationSnapshot pairingModel(int unitCount, int townshipCount, int communityCount, int unpairedEvery) {
		List<CountyUnit> units = new ArrayList<>();
		for (int i = 1; i <= unitCount; i++) {
			CountyUnit unit = new CountyUnit(String.format("U-%04d", i), "县直单位" + i);
			unit.setShortName("单位" + i);
			units.add(unit);
		}
		List<Township> townships = new ArrayList<>();
		for (int i = 1; i <= townshipCount; i++) {
			townships.add(new Township(String.format("T-%03d", i), "乡镇" + i, TownshipKind.TOWN));
		}
		List<Community> communities = new ArrayList<>();
		for (int i = 1; i <= communityCount; i++) {
			// Townships get uneven shares, as in the county, where the seat holds most communities.
			Township township = townships.get(i % 3 == 0 ? 0 : (i - 1) % townshipCount);
			communities.add(new Community(String.format("C-%05d", i), "小区" + i, township));
		}
		List<Community> byTownship = new ArrayList<>(communities);
		byTownship.sort(java.util.Comparator.comparing((Community c) -> c.getTownship().getCode()).thenComparing(Community::getCode));
		List<Community> paired = byTownship.stream().filter(c -> unpairedEvery == 0 || Integer.parseInt(c.getCode().substring(2)) % unpairedEvery != 0).toList();
		List<Pairing> pairings = new ArrayList<>();
		for (int k = 0; k < paired.size(); k++) {
			Community community = paired.get(k);
			pairings.add(new Pairing("PAIR-" + community.getCode(), units.get((int) ((long) k * unitCount / paired.size())), community));
		}
		return new OrganisationSnapshot(List.of(), List.of(), List.of(), List.of(), townships, communities, units, pairings);
	}

	private static ServiceLookup lookup(OrganisationSnapshot model) {
		Map<Class<?>, Object> services = new HashMap<>();
		services.put(OrganisationService.class, Proxy.newProxyInstance(DiagramBenchmark.class.getClassLoader(),
				new Class<?>[] { OrganisationService.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("snapshot")) {
						return model;
					}
					throw new UnsupportedOperationException(method.getName());
				}));
		services.put(RecordService.class, Proxy.newProxyInstance(DiagramBenchmark.class.getClassLoader(),
				new Class<?>[] { RecordService.class }, (proxy, method, arguments) -> {
					throw new UnsupportedOperationException("the benchmark does not edit");
				}));
		return new ServiceLookup() {
			@Override
			public <S> S get(Class<S> type) {
				return type.cast(services.get(type));
			}
		};
	}

	/** How many pairs of edges cross, counting each pair of crossing segments. */
	static int crossings(DiagramGraph graph) {
		List<DiagramEdge> edges = graph.edges();
		int count = 0;
		for (int i = 0; i < edges.size(); i++) {
			for (int j = i + 1; j < edges.size(); j++) {
				List<DiagramEdge.Point> a = edges.get(i).route();
				List<DiagramEdge.Point> b = edges.get(j).route();
				for (int p = 1; p < a.size(); p++) {
					for (int q = 1; q < b.size(); q++) {
						if (properlyCross(a.get(p - 1), a.get(p), b.get(q - 1), b.get(q))) {
							count++;
						}
					}
				}
			}
		}
		return count;
	}

	private static boolean properlyCross(DiagramEdge.Point a, DiagramEdge.Point b, DiagramEdge.Point c, DiagramEdge.Point d) {
		double d1 = side(c, d, a);
		double d2 = side(c, d, b);
		double d3 = side(a, b, c);
		double d4 = side(a, b, d);
		return d1 * d2 < 0 && d3 * d4 < 0;
	}

	private static double side(DiagramEdge.Point from, DiagramEdge.Point to, DiagramEdge.Point point) {
		return (to.x() - from.x()) * (point.y() - from.y()) - (to.y() - from.y()) * (point.x() - from.x());
	}

	private static double median(long[][] samples, int column) {
		long[] sorted = new long[samples.length];
		for (int i = 0; i < samples.length; i++) {
			sorted[i] = samples[i][column];
		}
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
