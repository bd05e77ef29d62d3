package org.cordon.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.cordon.ui.workinggroups.WorkingGroupsMenu;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * After plug-ins are added or removed, an administrator starts the workbench once with
 * {@code -Dcordon.check=FILE}: it opens every installed group's perspective and editors on the
 * database, writes what it found to FILE (one line per group and editor, then {@code result: ok}
 * or the problems) and closes.
 */
final class InstallationCheck {

	static final String PROPERTY = "cordon.check";

	private InstallationCheck() {
	}

	static void run(IWorkbench workbench, Path report) {
		List<String> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
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
				lines.add("editor: " + group.id() + " " + (declared.kind() != null ? declared.kind() : declared.id()) + " "
						+ openAndClose(page, declared, problems));
			}
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

	private static String openAndClose(IWorkbenchPage page, WorkingGroupContribution.EditorContribution declared, List<String> problems) {
		try {
			IEditorPart part = page.openEditor(WorkingGroupsMenu.input(declared), declared.id());
			String outcome;
			if (part == null || failedToOpen(part)) {
				problems.add(declared.name() + " did not open");
				outcome = "failed";
			} else if (part instanceof RecordTableEditor table) {
				// The table reads its rows in a job; the check waits for them as a user would.
				org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
				while (table.isLoading()) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				if (table.readFailure() != null) {
					problems.add(declared.name() + " could not read its rows: " + table.readFailure());
					outcome = "failed";
				} else {
					outcome = "ok records=" + table.records().size();
				}
			} else if (part instanceof org.cordon.ui.grids.DayGridEditor<?> board) {
				org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
				while (board.isLoading()) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				outcome = board.messageText().isEmpty() ? "ok rows=" + board.rows().size() : "failed";
				if (!board.messageText().isEmpty()) {
					problems.add(declared.name() + ": " + board.messageText());
				}
			} else if (part instanceof org.cordon.ui.figures.FiguresEditor figures) {
				org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
				while (figures.isLoading()) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				outcome = "ok rows=" + figures.figures().rows().size();
			} else {
				outcome = "ok";
			}
			page.closeEditor(part, false);
			return outcome;
		} catch (Exception e) {
			problems.add(declared.name() + " did not open: " + e.getMessage());
			return "failed";
		}
	}
}
