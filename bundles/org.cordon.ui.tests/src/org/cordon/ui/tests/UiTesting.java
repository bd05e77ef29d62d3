package org.cordon.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Small helpers for driving the running workbench from the UI thread. */
final class UiTesting {

	private UiTesting() {
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/**
	 * Waits until a record table has read its rows (it reads them in a job): after opening it,
	 * saving it, or typing into its filter (read once the typing pauses, hence the pause first).
	 */
	static void loaded(org.cordon.ui.editors.RecordTableEditor editor) {
		long pauseEnds = System.currentTimeMillis() + 400;
		waitWhile(editor.getPartName() + " reading its rows", () -> System.currentTimeMillis() < pauseEnds || editor.isLoading());
		if (editor.readFailure() != null) {
			throw new AssertionError(editor.getPartName() + ": " + editor.readFailure());
		}
	}

	/** Waits until a day board has read its day (it reads it in a job): after opening it, moving to a day, saving. */
	static void loaded(org.cordon.ui.grids.DayGridEditor<?> board) {
		waitWhile(board.getPartName() + " reading its day", board::isLoading);
	}

	/** Waits until a figures view has read its figures (it reads them in a job): after opening or refreshing it. */
	static void loaded(org.cordon.ui.figures.FiguresEditor figures) {
		waitWhile(figures.getPartName() + " reading its figures", figures::isLoading);
	}

	/** Waits until the organisation navigator has read the organisation (it reads it in a job): after opening or refreshing it. */
	static void loaded(org.cordon.ui.navigator.OrganisationNavigator navigator) {
		waitWhile(navigator.getPartName() + " reading the organisation", navigator::isLoading);
		if (navigator.readFailure() != null) {
			throw new AssertionError(navigator.getPartName() + ": " + navigator.readFailure());
		}
	}

	/**
	 * Waits until a diagram has been read and laid out (in a job): after opening it, after a
	 * change of its model (every open diagram reads it again), a layer, a filter, Arrange All.
	 */
	static void loaded(org.cordon.diagram.ui.DiagramEditor diagram) {
		waitWhile(diagram.getPartName() + " reading and laying out", diagram::isLoading);
		if (diagram.readFailure() != null) {
			throw new AssertionError(diagram.getPartName() + ": " + diagram.readFailure());
		}
	}

	/** Runs the event loop while the condition holds, for at most two minutes. */
	private static void waitWhile(String what, java.util.function.BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		processEvents();
		while (condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError(what + " did not end in 2 minutes");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
		processEvents();
	}

	/**
	 * Holds back every job that would start, until closed: a test sees what a part shows while it
	 * reads, however quickly the read would end. The job manager is suspended rather than the
	 * family's jobs stopped in a job listener: a listener that blocks stalls the job manager
	 * itself (it waits 3 s, reports a possible deadlock and goes on out of order), and in CI the UI
	 * thread's next {@code schedule()} waited out the listener's two minutes.
	 */
	static final class HeldJobs implements AutoCloseable {

		HeldJobs() {
			Job.getJobManager().suspend();
		}

		@Override
		public void close() {
			Job.getJobManager().resume();
		}
	}

	static void waitForJobs(Object family) throws InterruptedException {
		Job.getJobManager().join(family, null);
		processEvents();
	}

	/** Every item's text, depth first, with the tree fully expanded. */
	static List<String> allItemTexts(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, texts);
		}
		return texts;
	}

	private static void collect(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		if (item.getItemCount() > 0 && !item.getExpanded()) {
			Event event = new Event();
			event.item = item;
			item.getParent().notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
			processEvents();
		}
		for (TreeItem child : item.getItems()) {
			collect(child, texts);
		}
	}

	/** The labels of a drop-down menu's items, after letting the workbench fill it. */
	static List<String> menuItemTexts(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return texts;
	}
}
