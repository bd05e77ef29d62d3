package org.cordon.report.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cordon.report.BriefingService;
import org.cordon.report.charts.BriefingChartService;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressService;

/**
 * File > Daily Briefing…: asks for the day, format and file, writes the briefing under the progress service's
 * monitor, and opens the file with the desktop's program for it. A failure is one sentence in a dialog.
 */
public class DailyBriefingHandler extends AbstractHandler {

	/** Asks which briefing to write; the dialog, or a test's answer. */
	public interface Asker {
		/** @return null when the user cancelled */
		BriefingRequest ask(Shell shell, LocalDate initialDay, Path initialFolder);
	}

	/** Opens the written file; the desktop's program, or a test's recorder. */
	public interface Opener {
		/** @return false when nothing could open it */
		boolean open(Path file);
	}

	static final Asker DIALOG = (shell, day, folder) -> {
		DailyBriefingDialog dialog = new DailyBriefingDialog(shell, day, folder);
		return dialog.open() == Window.OK ? dialog.request() : null;
	};

	static final Opener DESKTOP = file -> Program.launch(file.toString());

	private final Asker asker;
	private final Opener opener;

	public DailyBriefingHandler() {
		this(DIALOG, DESKTOP);
	}

	public DailyBriefingHandler(Asker asker, Opener opener) {
		this.asker = asker;
		this.opener = opener;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		run(window);
		return null;
	}

	/** @return the file written, or null when cancelled or failed (the user was told why) */
	public Path run(IWorkbenchWindow window) {
		Shell shell = window.getShell();
		BriefingService briefings = window.getService(BriefingService.class);
		BriefingChartService charts = window.getService(BriefingChartService.class);
		if (briefings == null || charts == null) {
			fail(shell, "the briefing service is not running");
			return null;
		}
		LocalDate initialDay;
		try {
			initialDay = charts.latestDay().orElse(LocalDate.now());
		} catch (RuntimeException e) {
			fail(shell, e.getMessage());
			return null;
		}
		BriefingRequest request = asker.ask(shell, initialDay, Path.of(System.getProperty("user.home")));
		if (request == null) {
			return null;
		}
		IProgressService progress = PlatformUI.getWorkbench().getProgressService();
		try {
			progress.run(true, false, monitor -> {
				try {
					BriefingExport.write(briefings, request, monitor);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			fail(shell, cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		if (!opener.open(request.file())) {
			MessageDialog.openInformation(shell, Messages.Briefing_failedTitle, NLS.bind(Messages.Briefing_cannotOpen, request.file()));
		}
		return request.file();
	}

	private static void fail(Shell shell, String reason) {
		MessageDialog.openError(shell, Messages.Briefing_failedTitle, NLS.bind(Messages.Briefing_failed, sentence(reason)));
	}

	/** The reason as the end of one sentence: no trailing period of its own, first word as written. */
	static String sentence(String reason) {
		String text = reason == null ? "" : reason.strip();
		while (text.endsWith(".") || text.endsWith("。")) {
			text = text.substring(0, text.length() - 1);
		}
		int newline = text.indexOf('\n');
		if (newline >= 0) {
			text = text.substring(0, newline);
		}
		return text.isEmpty() ? "no reason was given" : text;
	}
}
