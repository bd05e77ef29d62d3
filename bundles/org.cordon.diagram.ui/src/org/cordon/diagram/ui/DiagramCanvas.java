package org.cordon.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.DiagramElement;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.render.Drawing;
import org.cordon.services.diagram.DiagramPositionService.Place;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The diagram's drawing surface: zoom (Ctrl+wheel), pan (wheel, Shift+wheel, middle drag),
 * click and marquee selection, dragging nodes (a move pins them; a drop onto an element a drop
 * tool accepts reassigns), dragging a selected edge's end to reconnect it.
 */
final class DiagramCanvas {

	/** What the canvas asks its editor to do. */
	interface Actions {
		DiagramGraph graph();

		Drawing drawing();

		boolean canDrop(DiagramNode dropped, DiagramNode target);

		void drop(DiagramNode dropped, DiagramNode target);

		boolean canReconnect(DiagramEdge edge, DiagramNode target);

		void reconnect(DiagramEdge edge, DiagramNode target);

		void move(Map<String, Place> places);

		void selectionChanged();

		/** A click while a palette tool is armed; true if the tool took it. */
		boolean paletteClick(DiagramNode node, double x, double y);

		void directEdit(DiagramNode node);

		void delete();
	}

	static final double MIN_ZOOM = 0.05;
	static final double MAX_ZOOM = 4;

	private final Canvas canvas;
	private final Actions actions;
	private final SwtDrawing painter;
	private final Set<DiagramElement> selection = new LinkedHashSet<>();
	private double zoom = 1;
	private double originX;
	private double originY;

	private enum Gesture {
		NONE, MOVE, MARQUEE, PAN, RECONNECT
	}

	private Gesture gesture = Gesture.NONE;
	private double pressX;
	private double pressY;
	private double currentX;
	private double currentY;
	private int pressScreenX;
	private int pressScreenY;
	private DiagramNode dropTarget;
	/** What the canvas says over the diagram: that it is being laid out, or why it cannot be shown. */
	private String message;
	private boolean messageIsFailure;

	DiagramCanvas(Composite parent, Actions actions) {
		this.actions = actions;
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.painter = new SwtDrawing(canvas.getDisplay());
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addDisposeListener(e -> painter.dispose());
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a line in the canvas's top left corner, over the diagram if there is one; null removes it. */
	void setMessage(String text, boolean failure) {
		message = text;
		messageIsFailure = failure;
		canvas.redraw();
	}

	String message() {
		return message;
	}

	double zoom() {
		return zoom;
	}

	void setZoom(double newZoom) {
		zoomAround(newZoom, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0);
	}

	/** Fits the whole diagram into the view, at most at 100 %. */
	void fit() {
		Rectangle area = canvas.getClientArea();
		DiagramGraph graph = actions.graph();
		if (graph == null || area.width == 0 || area.height == 0) {
			return;
		}
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(area.width / graph.width(), area.height / graph.height())));
		originX = 0;
		originY = 0;
		canvas.redraw();
	}

	private void zoomAround(double newZoom, double screenX, double screenY) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double diagramX = originX + screenX / zoom;
		double diagramY = originY + screenY / zoom;
		zoom = clamped;
		originX = diagramX - screenX / zoom;
		originY = diagramY - screenY / zoom;
		canvas.redraw();
	}

	/** Scrolls so that a node is in view. */
	void reveal(DiagramNode node) {
		Rectangle area = canvas.getClientArea();
		originX = node.absoluteX() + node.width() / 2 - area.width / 2.0 / zoom;
		originY = node.absoluteY() + node.height() / 2 - area.height / 2.0 / zoom;
		canvas.redraw();
	}

	Set<DiagramElement> selection() {
		return selection;
	}

	/** Selects elements of the current graph by id (after a reload the objects are new). */
	void select(List<? extends DiagramElement> elements) {
		selection.clear();
		selection.addAll(elements);
		canvas.redraw();
	}

	/** Keeps the selection across a rebuild, by element id. */
	void graphReplaced(DiagramGraph graph) {
		List<DiagramElement> kept = new ArrayList<>();
		for (DiagramElement element : selection) {
			DiagramElement again = graph.element(element.id());
			if (again != null) {
				kept.add(again);
			}
		}
		selection.clear();
		selection.addAll(kept);
		canvas.redraw();
	}

	/** Screen (canvas) coordinates of a diagram point. */
	int[] toScreen(double x, double y) {
		return new int[] { (int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom) };
	}

	double diagramX(int screenX) {
		return originX + screenX / zoom;
	}

	double diagramY(int screenY) {
		return originY + screenY / zoom;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		Drawing drawing = actions.drawing();
		if (drawing != null) {
			Transform transform = new Transform(canvas.getDisplay());
			try {
				transform.scale((float) zoom, (float) zoom);
				transform.translate((float) -originX, (float) -originY);
				gc.setTransform(transform);
				// Only what is in view: at ten times the county a window at 100 % shows a few dozen of some 3,300 figures.
				painter.draw(gc, drawing, originX, originY, area.width / zoom, area.height / zoom, zoom);
				paintSelection(gc);
				paintFeedback(gc);
			} finally {
				gc.setTransform(null);
				transform.dispose();
			}
		}
		paintMessage(gc);
	}

	private void paintMessage(GC gc) {
		if (message == null) {
			return;
		}
		Point size = gc.textExtent(message);
		gc.setBackground(painter.colour(messageIsFailure ? new org.cordon.diagram.description.Rgb(0xfd, 0xe4, 0xe4)
				: new org.cordon.diagram.description.Rgb(0xff, 0xf8, 0xd6)));
		gc.fillRectangle(6, 6, size.x + 12, size.y + 8);
		gc.setForeground(painter.colour(messageIsFailure ? new org.cordon.diagram.description.Rgb(0xc6, 0x28, 0x28)
				: new org.cordon.diagram.description.Rgb(0x40, 0x40, 0x40)));
		gc.drawText(message, 12, 10, true);
	}

	private void paintSelection(GC gc) {
		Color blue = painter.colour(new org.cordon.diagram.description.Rgb(30, 110, 230));
		gc.setForeground(blue);
		gc.setLineWidth(Math.max(1, (int) Math.round(2 / zoom)));
		for (DiagramElement element : selection) {
			if (element instanceof DiagramNode node) {
				gc.drawRectangle((int) Math.round(node.absoluteX() - 3), (int) Math.round(node.absoluteY() - 3),
						(int) Math.round(node.width() + 6), (int) Math.round(node.height() + 6));
			} else if (element instanceof DiagramEdge edge && edge.route().size() >= 2) {
				int[] points = new int[edge.route().size() * 2];
				for (int i = 0; i < edge.route().size(); i++) {
					points[2 * i] = (int) Math.round(edge.route().get(i).x());
					points[2 * i + 1] = (int) Math.round(edge.route().get(i).y());
				}
				gc.drawPolyline(points);
				var end = edge.route().get(edge.route().size() - 1);
				gc.setBackground(blue);
				int r = (int) Math.round(4 / zoom) + 1;
				gc.fillRectangle((int) Math.round(end.x()) - r, (int) Math.round(end.y()) - r, 2 * r, 2 * r);
			}
		}
	}

	private void paintFeedback(GC gc) {
		Color grey = painter.colour(new org.cordon.diagram.description.Rgb(90, 90, 90));
		Color green = painter.colour(new org.cordon.diagram.description.Rgb(30, 150, 60));
		gc.setLineWidth(Math.max(1, (int) Math.round(1 / zoom)));
		if (gesture == Gesture.MOVE && (currentX != pressX || currentY != pressY)) {
			gc.setForeground(grey);
			gc.setLineStyle(SWT.LINE_DOT);
			for (DiagramNode node : selectedNodes()) {
				gc.drawRectangle((int) Math.round(node.absoluteX() + currentX - pressX), (int) Math.round(node.absoluteY() + currentY - pressY),
						(int) Math.round(node.width()), (int) Math.round(node.height()));
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (gesture == Gesture.RECONNECT) {
			DiagramEdge edge = (DiagramEdge) selection.iterator().next();
			var start = edge.route().get(0);
			gc.setForeground(grey);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine((int) Math.round(start.x()), (int) Math.round(start.y()), (int) Math.round(currentX), (int) Math.round(currentY));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (dropTarget != null) {
			gc.setForeground(green);
			gc.setLineWidth(Math.max(2, (int) Math.round(3 / zoom)));
			gc.drawRectangle((int) Math.round(dropTarget.absoluteX() - 2), (int) Math.round(dropTarget.absoluteY() - 2),
					(int) Math.round(dropTarget.width() + 4), (int) Math.round(dropTarget.height() + 4));
		}
		if (gesture == Gesture.MARQUEE) {
			gc.setForeground(painter.colour(new org.cordon.diagram.description.Rgb(30, 110, 230)));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle((int) Math.round(Math.min(pressX, currentX)), (int) Math.round(Math.min(pressY, currentY)),
					(int) Math.round(Math.abs(currentX - pressX)), (int) Math.round(Math.abs(currentY - pressY)));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	List<DiagramNode> selectedNodes() {
		List<DiagramNode> nodes = new ArrayList<>();
		for (DiagramElement element : selection) {
			if (element instanceof DiagramNode node) {
				// A node inside another selected node moves with it.
				boolean insideSelected = false;
				for (DiagramNode p = node.parent(); p != null; p = p.parent()) {
					insideSelected |= selection.contains(p);
				}
				if (!insideSelected) {
					nodes.add(node);
				}
			}
		}
		return nodes;
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		DiagramGraph graph = actions.graph();
		if (graph == null) {
			return;
		}
		pressX = currentX = diagramX(event.x);
		pressY = currentY = diagramY(event.y);
		pressScreenX = event.x;
		pressScreenY = event.y;
		if (event.button == 2 || event.button == 1 && (event.stateMask & SWT.SHIFT) != 0 && graph.nodeAt(pressX, pressY) == null) {
			gesture = Gesture.PAN;
			return;
		}
		if (event.button != 1) {
			return;
		}
		DiagramNode node = graph.nodeAt(pressX, pressY);
		if (actions.paletteClick(node, pressX, pressY)) {
			return;
		}
		boolean toggle = (event.stateMask & SWT.MOD1) != 0;
		if (selection.size() == 1 && selection.iterator().next() instanceof DiagramEdge edge && nearEnd(edge, pressX, pressY)) {
			gesture = Gesture.RECONNECT;
			return;
		}
		DiagramEdge edge = graph.edgeAt(pressX, pressY, 4 / zoom);
		if (edge != null && (node == null || node.isContainer())) {
			if (!toggle) {
				selection.clear();
			}
			selection.add(edge);
			actions.selectionChanged();
			canvas.redraw();
			return;
		}
		if (node != null) {
			if (toggle) {
				if (!selection.remove(node)) {
					selection.add(node);
				}
			} else if (!selection.contains(node)) {
				selection.clear();
				selection.add(node);
			}
			gesture = Gesture.MOVE;
		} else {
			if (!toggle) {
				selection.clear();
			}
			gesture = Gesture.MARQUEE;
		}
		actions.selectionChanged();
		canvas.redraw();
	}

	private boolean nearEnd(DiagramEdge edge, double x, double y) {
		if (edge.route().isEmpty()) {
			return false;
		}
		var end = edge.route().get(edge.route().size() - 1);
		return Math.hypot(end.x() - x, end.y() - y) <= 8 / zoom;
	}

	private void mouseMove(Event event) {
		if (gesture == Gesture.NONE) {
			return;
		}
		if (gesture == Gesture.PAN) {
			originX -= (event.x - pressScreenX) / zoom;
			originY -= (event.y - pressScreenY) / zoom;
			pressScreenX = event.x;
			pressScreenY = event.y;
			canvas.redraw();
			return;
		}
		currentX = diagramX(event.x);
		currentY = diagramY(event.y);
		dropTarget = null;
		DiagramGraph graph = actions.graph();
		if (gesture == Gesture.MOVE) {
			List<DiagramNode> moving = selectedNodes();
			if (moving.size() == 1) {
				DiagramNode target = graph.nodeAt(currentX, currentY, moving.get(0));
				if (target != null && actions.canDrop(moving.get(0), target)) {
					dropTarget = target;
				}
			}
		} else if (gesture == Gesture.RECONNECT) {
			DiagramNode target = graph.nodeAt(currentX, currentY);
			DiagramEdge edge = (DiagramEdge) selection.iterator().next();
			if (target != null && actions.canReconnect(edge, target)) {
				dropTarget = target;
			}
		}
		canvas.redraw();
	}

	private void mouseUp(Event event) {
		Gesture ended = gesture;
		gesture = Gesture.NONE;
		DiagramNode target = dropTarget;
		dropTarget = null;
		if (ended == Gesture.NONE || ended == Gesture.PAN) {
			return;
		}
		currentX = diagramX(event.x);
		currentY = diagramY(event.y);
		double dx = currentX - pressX;
		double dy = currentY - pressY;
		switch (ended) {
		case MOVE -> {
			List<DiagramNode> moving = selectedNodes();
			if (target != null && moving.size() == 1) {
				actions.drop(moving.get(0), target);
			} else if (Math.hypot(dx, dy) * zoom > 2) {
				Map<String, Place> places = new LinkedHashMap<>();
				for (DiagramNode node : moving) {
					places.put(node.id(), new Place(Math.round(node.x() + dx), Math.round(node.y() + dy)));
				}
				actions.move(places);
			}
		}
		case RECONNECT -> {
			if (target != null) {
				actions.reconnect((DiagramEdge) selection.iterator().next(), target);
			}
		}
		case MARQUEE -> {
			double left = Math.min(pressX, currentX);
			double top = Math.min(pressY, currentY);
			double right = Math.max(pressX, currentX);
			double bottom = Math.max(pressY, currentY);
			for (DiagramNode node : actions.graph().nodes()) {
				if (node.absoluteX() >= left && node.absoluteY() >= top && node.absoluteX() + node.width() <= right
						&& node.absoluteY() + node.height() <= bottom) {
					selection.add(node);
				}
			}
			actions.selectionChanged();
		}
		default -> {
		}
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {
		DiagramGraph graph = actions.graph();
		DiagramNode node = graph == null ? null : graph.nodeAt(diagramX(event.x), diagramY(event.y));
		if (node != null) {
			gesture = Gesture.NONE;
			actions.directEdit(node);
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomAround(zoom * (event.count > 0 ? 1.15 : 1 / 1.15), event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			originX -= event.count * 20 / zoom;
		} else {
			originY -= event.count * 20 / zoom;
		}
		event.doit = false;
		canvas.redraw();
	}

	private void key(Event event) {
		if (event.keyCode == SWT.DEL) {
			actions.delete();
		} else if (event.keyCode == SWT.F2 && selection.size() == 1 && selection.iterator().next() instanceof DiagramNode node) {
			actions.directEdit(node);
		} else if ((event.stateMask & SWT.MOD1) != 0 && (event.character == '+' || event.character == '=')) {
			setZoom(zoom * 1.25);
		} else if ((event.stateMask & SWT.MOD1) != 0 && event.character == '-') {
			setZoom(zoom / 1.25);
		}
	}
}
