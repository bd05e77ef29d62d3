package org.cordon.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * PNG pictures of what a test shows, in {@code target/screenshots} of the test module, for people
 * to look at (docs/images keeps the ones the documentation shows).
 */
final class Screenshots {

	private Screenshots() {
	}

	/** The module's target folder: the test data folder's parent, which the build names. */
	static Path folder() throws IOException {
		String data = System.getProperty("cordon.data");
		Path target = data == null ? Path.of("target") : Path.of(data).toAbsolutePath().getParent();
		return Files.createDirectories(target.resolve("screenshots"));
	}

	/** Lets the workbench paint and run what it queued, for about {@code millis}. */
	static void settle(long millis) throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	/** Copies what the screen shows of a shell into {@code name}.png, after letting it paint. */
	static Path take(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		shell.forceActive();
		shell.redraw();
		shell.update();
		settle(400);
		// Without a window manager there is no frame: a dialog is its client area, where the display maps it;
		// a workbench window's menu bar lies outside that, so the window is taken whole.
		Rectangle bounds = shell.getMenuBar() != null ? shell.getBounds() : display.map(shell, null, shell.getClientArea());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path file = folder().resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
