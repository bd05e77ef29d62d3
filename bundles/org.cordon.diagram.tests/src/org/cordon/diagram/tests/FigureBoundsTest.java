package org.cordon.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.graph.DiagramEdge.Point;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.Drawing.Anchor;
import org.cordon.diagram.render.Drawing.Box;
import org.cordon.diagram.render.Drawing.Figure;
import org.cordon.diagram.render.Drawing.Kind;
import org.cordon.diagram.render.Drawing.Line;
import org.cordon.diagram.render.Drawing.Text;
import org.cordon.diagram.render.FigureBounds;
import org.junit.jupiter.api.Test;

/** Which figures of a drawing a canvas paints for the part of the diagram in view. */
class FigureBoundsTest {

	private static final Rgb BLACK = new Rgb(0, 0, 0);

	private final Figure node = new Figure("node/A", Kind.NODE, "A",
			List.of(new Box(100, 100, 80, 30, null, BLACK, 1, 0, false), new Text(140, 105, "A", 12, false, BLACK, Anchor.MIDDLE)));
	private final Figure farNode = new Figure("node/B", Kind.NODE, "B",
			List.of(new Box(4000, 3000, 80, 30, null, BLACK, 1, 0, false)));
	private final Figure edge = new Figure("edge/A-D", Kind.EDGE, "",
			List.of(new Line(List.of(new Point(180, 115), new Point(3000, 115)), BLACK, 1, false, true)));
	private final Figure wideLabel = new Figure("node/C", Kind.NODE, "",
			List.of(new Text(1000, 500, "县直单位县直单位县直单位", 20, false, BLACK, Anchor.MIDDLE)));
	private final FigureBounds bounds = FigureBounds.of(new Drawing(5000, 4000, List.of(node, farNode, edge, wideLabel)));

	@Test
	void aViewOverOneNodeHasThatNodeAndTheEdgeLeavingItInTheDrawingsOrder() {
		assertEquals(List.of(node, edge), bounds.within(90, 90, 200, 100));
	}

	@Test
	void aViewFarFromEverythingHasNothing() {
		assertEquals(List.of(), bounds.within(2000, 1500, 300, 200));
	}

	@Test
	void anEdgeIsInViewAlongItsLengthAndANodeOnlyAroundItself() {
		assertEquals(List.of(edge), bounds.within(2500, 100, 100, 30));
		assertEquals(List.of(farNode), bounds.within(3950, 2950, 300, 200));
	}

	@Test
	void aTextReachesAsFarAsItsEstimatedWidthAroundItsMiddle() {
		// 12 Han characters of 20 units each: 240 wide, centred on x = 1000.
		assertEquals(List.of(wideLabel), bounds.within(860, 500, 10, 10));
		assertEquals(List.of(wideLabel), bounds.within(1130, 500, 10, 10));
		assertEquals(List.of(), bounds.within(1150, 500, 10, 10));
	}

	@Test
	void theWholeDrawingHasEveryFigure() {
		assertEquals(List.of(node, farNode, edge, wideLabel), bounds.within(0, 0, 5000, 4000));
	}
}
