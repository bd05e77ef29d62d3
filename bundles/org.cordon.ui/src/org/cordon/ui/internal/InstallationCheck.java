package org.cordon.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.figures.FiguresEditor;
import org.cordon.ui.grids.DayGridEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.cordon.ui.workinggroups.WorkingGroupsMenu;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * After plug-ins are added or removed, an administrator starts the workbench once with
 * {@code -Dcordon.check=FILE}: it opens every installed group's perspective and editors on the
 * database, writes what it found to FILE (one line per group and editor, then {@code result: ok}
 * or the problems) and closes.
 * <p>
 * With {@code -Dcordon.check.timings=true} as well it also says how fast this database is at the
 * desk: each editor's line gets the seconds from the open command to its first rows painted, the
 * editors stay open, the largest table is sorted by each of its columns and filtered, and the
 * heap is reported with everything open (the {@code scale} benchmark reads these lines).
 */
final class InstallationCheck {

	static final String PROPERTY = "cordon.check";
	static final String TIMINGS = "cordon.check.timings";

	private InstallationCheck() {
	}

	static void run(IWorkbench workbench, Path report) {
		boolean timings = Boolean.getBoolean(TIMINGS);
		HeapSampler heap = timings ? HeapSampler.start() : null;
		List<String> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<IEditorPart> open = new ArrayList<>();
		// whatever goes wrong, the report is written and says so: a benchmark waits for it
		try {
			RecordTableEditor largest = null;
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			List<WorkingGroupContribution> groups = WorkingGroupRegistry.read(Platform.getExtensionRegistry());
			lines.add("groups: " + groups.size());
			for (WorkingGroupContribution group : groups) {
				lines.add("group: " + group.id() + " " + group.code() + " editors=" + group.editors().size());
				try {
					workbench.showPerspective(group.perspectiveId(), window);
				} catch (Exception e) {
					problems.add(group.id() + ": its perspective does not open: " + e.getMessage());
					continue;
				}
				IWorkbenchPage page = window.getActivePage();
				for (WorkingGroupContribution.EditorContribution declared : group.editors()) {
					Opened opened = open(page, declared, problems);
					IEditorPart part = opened == null ? null : opened.part();
					String outcome = part == null ? "failed" : outcomeOf(part, declared, problems);
					if (timings && part != null) {
						outcome += " " + opened.times();
					}
					lines.add("editor: " + group.id() + " " + (declared.kind() != null ? declared.kind() : declared.id()) + " " + outcome);
					if (part == null) {
						continue;
					}
					if (!timings) {
						page.closeEditor(part, false);
					} else {
						open.add(part);
						if (part instanceof RecordTableEditor table && table.readFailure() == null
								&& (largest == null || table.records().size() > largest.records().size())) {
							largest = table;
						}
					}
				}
			}
			if (timings) {
				if (largest != null) {
					sortAndFilter(largest, lines);
				}
				lines.add("open editors: " + open.size());
				lines.add("heap: " + heap.stop());
			}
		} catch (RuntimeException e) {
			ILog.of(InstallationCheck.class).error("The installation check stopped", e);
			problems.add("the check stopped: " + e);
		}
		lines.add(problems.isEmpty() ? "result: ok" : "result: " + problems.size() + " problem(s)");
		problems.forEach(p -> lines.add("problem: " + p));
		try {
			Files.write(report, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			ILog.of(InstallationCheck.class).error("The installation check could not write " + report, e);
		}
	}

	/** The workbench shows an editor that threw while opening as its own error part rather than failing the call. */
	private static boolean failedToOpen(IEditorPart part) {
		return part.getClass().getSimpleName().equals("ErrorEditorPart");
	}

	/** An editor open with what it read, and how long that took from the open command. */
	private record Opened(IEditorPart part, String times) {
	}

	/** The editor, opened and shown with what it reads (as a user waits for it), or {@code null}. */
	private static Opened open(IWorkbenchPage page, WorkingGroupContribution.EditorContribution declared, List<String> problems) {
		try {
			long start = System.nanoTime();
			IEditorPart part = page.openEditor(WorkingGroupsMenu.input(declared), declared.id());
			if (part == null || failedToOpen(part)) {
				problems.add(declared.name() + " did not open");
				return null;
			}
			if (part instanceof RecordTableEditor table) {
				return new Opened(part, firstRowsThenAll(table, start));
			}
			if (part instanceof DayGridEditor<?> board) {
				waitWhile(board::isLoading);
			} else if (part instanceof FiguresEditor figures) {
				waitWhile(figures::isLoading);
			}
			Display.getCurrent().update();
			return new Opened(part, "first_rows_s=" + seconds(System.nanoTime() - start));
		} catch (Exception e) {
			problems.add(declared.name() + " did not open: " + e.getMessage());
			return null;
		}
	}

	private static String outcomeOf(IEditorPart part, WorkingGroupContribution.EditorContribution declared, List<String> problems) {
		if (part instanceof RecordTableEditor table) {
			if (table.readFailure() != null) {
				problems.add(declared.name() + " could not read its rows: " + table.readFailure());
				return "failed";
			}
			return "ok records=" + table.records().size();
		}
		if (part instanceof DayGridEditor<?> board) {
			if (!board.messageText().isEmpty()) {
				problems.add(declared.name() + ": " + board.messageText());
				return "failed";
			}
			return "ok rows=" + board.rows().size();
		}
		if (part instanceof FiguresEditor figures) {
			return "ok rows=" + figures.figures().rows().size();
		}
		return "ok";
	}

	/**
	 * Waits for a table's read as a user does, from {@code start}: until the first screen is
	 * painted (which may come before all the ids are read), then until it has all its rows.
	 */
	private static String firstRowsThenAll(RecordTableEditor table, long start) {
		waitWhile(() -> !table.showsLatestRows());
		// the table as it shows the rows: a filter of a big one shows them in a fresh table
		paintFirstRows(table.viewer().getTable());
		long firstRows = System.nanoTime() - start;
		waitWhile(table::isLoading);
		paintFirstRows(table.viewer().getTable());
		return "first_rows_s=" + seconds(firstRows) + " all_rows_s=" + seconds(System.nanoTime() - start);
	}

	/** A virtual table's rows in view get their records when painted: wait until the first screen has them. */
	private static void paintFirstRows(Table table) {
		Display display = table.getDisplay();
		int visible = Math.min(table.getItemCount(), Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight())));
		for (int i = 0; i < visible; i++) {
			table.getItem(i).getText(0); // asks the lazy content provider for the row
		}
		display.update();
		waitWhile(() -> {
			for (int i = 0; i < visible; i++) {
				if (table.getItem(i).getData() == null) {
					return true;
				}
			}
			return false;
		});
		display.update();
	}

	/**
	 * The largest table sorted by each column (descending and back) and filtered by the text of its
	 * first row's second cell, as a user would click and type: the seconds until the first rows are painted.
	 */
	private static void sortAndFilter(RecordTableEditor table, List<String> lines) {
		Table widget = table.viewer().getTable();
		lines.add("largest: " + table.getPartName() + " records=" + table.records().size());
		for (TableColumn column : widget.getColumns()) {
			for (int twice = 0; twice < 2; twice++) {
				long start = System.nanoTime();
				Event click = new Event();
				click.widget = column;
				column.notifyListeners(SWT.Selection, click);
				String times = firstRowsThenAll(table, start);
				String direction = widget.getSortDirection() == SWT.UP ? "ascending" : "descending";
				// the tooltip holds the column's CSV name, the same in every language
				lines.add("sort: " + column.getToolTipText() + " " + direction + " " + times + " records=" + table.records().size());
			}
		}
		String typed = widget.getItemCount() > 0 && widget.getColumnCount() > 1 ? widget.getItem(0).getText(1).strip() : "";
		if (typed.isEmpty()) {
			return;
		}
		table.filterField().setText(typed);
		// the table reads once the user pauses typing: timed from that moment
		waitWhile(() -> !table.isLoading());
		String times = firstRowsThenAll(table, System.nanoTime());
		lines.add("filter: " + typed.replace(' ', '_') + " " + times + " records=" + table.records().size());
		table.filterField().setText("");
		waitWhile(() -> !table.isLoading());
		waitWhile(table::isLoading);
	}

	private static void waitWhile(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		while (condition.getAsBoolean()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
	}

	/**
	 * The heap in use, sampled every 50 ms from the first editor opened to the last figure: its
	 * highest value (what the workbench needed, garbage not yet collected included) and what stays
	 * after a full collection with everything open.
	 */
	private static final class HeapSampler {
		private final AtomicLong peak = new AtomicLong();
		private final Thread thread;
		private volatile boolean running = true;

		private HeapSampler() {
			thread = new Thread(() -> {
				while (running) {
					peak.accumulateAndGet(used(), Math::max);
					try {
						Thread.sleep(50);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "Cordon heap sampler");
			thread.setDaemon(true);
		}

		static HeapSampler start() {
			HeapSampler sampler = new HeapSampler();
			sampler.thread.start();
			return sampler;
		}

		String stop() {
			running = false;
			thread.interrupt();
			peak.accumulateAndGet(used(), Math::max);
			System.gc();
			long retained = used();
			long max = Runtime.getRuntime().maxMemory();
			return "peak_mb=" + peak.get() / (1024 * 1024) + " retained_mb=" + retained / (1024 * 1024) + " max_mb=" + max / (1024 * 1024);
		}

		private static long used() {
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					used += pool.getUsage().getUsed();
				}
			}
			return used;
		}
	}
}
