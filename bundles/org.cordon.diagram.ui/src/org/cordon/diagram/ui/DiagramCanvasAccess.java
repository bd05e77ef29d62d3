package org.cordon.diagram.ui;

import org.eclipse.swt.widgets.Canvas;

/** The canvas and its coordinates, for tests that drag with real mouse events. */
public final class DiagramCanvasAccess {

	private final DiagramCanvas canvas;

	DiagramCanvasAccess(DiagramCanvas canvas) {
		this.canvas = canvas;
	}

	public Canvas control() {
		return canvas.control();
	}

	/** Canvas pixel coordinates of a diagram point at the current zoom and scroll. */
	public int[] toScreen(double x, double y) {
		return canvas.toScreen(x, y);
	}

	/** What the canvas says over the diagram (being laid out, or why it cannot be shown), or null. */
	public String message() {
		return canvas.message();
	}

	public void setZoom(double zoom) {
		canvas.setZoom(zoom);
	}
}
