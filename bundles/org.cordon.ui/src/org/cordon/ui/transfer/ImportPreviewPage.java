package org.cordon.ui.transfer;

import java.util.List;
import java.util.function.Function;

import org.cordon.io.csv.CsvProblem;
import org.cordon.services.transfer.TransferService.FileOutcome;
import org.cordon.services.transfer.TransferService.ImportPreview;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The import's second page: what it would do, before anything is written. Per file the records it
 * would create, update and remove, and every problem (file, line or sheet row, column, reason).
 * The preview itself is run by the wizard each time the page is shown.
 */
public class ImportPreviewPage extends WizardPage {

	private final ImportWizard wizard;
	private Label summary;
	private TableViewer outcomeViewer;
	private TableViewer problemViewer;
	private Label problemsHeading;

	ImportPreviewPage(ImportWizard wizard) {
		super("preview", TransferMessages.Preview_title, null);
		this.wizard = wizard;
		setDescription(TransferMessages.Preview_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
		outcomeViewer = table(body);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, 110).applyTo(outcomeViewer.getControl());
		column(outcomeViewer, TransferMessages.Column_file, 220, SWT.LEFT, (FileOutcome o) -> o.file());
		column(outcomeViewer, TransferMessages.Column_created, 90, SWT.RIGHT, (FileOutcome o) -> Integer.toString(o.counts().created()));
		column(outcomeViewer, TransferMessages.Column_updated, 90, SWT.RIGHT, (FileOutcome o) -> Integer.toString(o.counts().updated()));
		column(outcomeViewer, TransferMessages.Column_removed, 90, SWT.RIGHT, (FileOutcome o) -> Integer.toString(o.counts().removed()));
		column(outcomeViewer, TransferMessages.Column_problems, 90, SWT.RIGHT, (FileOutcome o) -> Integer.toString(o.problems().size()));

		problemsHeading = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(problemsHeading);
		problemViewer = table(body);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 180).applyTo(problemViewer.getControl());
		column(problemViewer, TransferMessages.Column_file, 160, SWT.LEFT, (CsvProblem p) -> p.file());
		column(problemViewer, TransferMessages.Column_line, 80, SWT.RIGHT, (CsvProblem p) -> p.line() > 0 ? Long.toString(p.line()) : "");
		column(problemViewer, TransferMessages.Column_column, 110, SWT.LEFT, CsvProblem::column);
		column(problemViewer, TransferMessages.Column_reason, 420, SWT.LEFT, CsvProblem::reason);
		setControl(body);
		show(null);
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	@SuppressWarnings("unchecked")
	private static <T> void column(TableViewer viewer, String title, int width, int alignment, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			/*
			 * GTK allocates nothing to a table while its page is hidden, and showing the page with the
			 * same bounds does not ask again: after the dialog was resized on the first page, this page's
			 * tables showed empty rows until the next resize. A size changed and restored asks GTK again.
			 */
			for (TableViewer viewer : List.of(outcomeViewer, problemViewer)) {
				org.eclipse.swt.graphics.Point size = viewer.getTable().getSize();
				viewer.getTable().setSize(size.x, size.y + 1);
				viewer.getTable().setSize(size);
			}
			// After the dialog has shown the page: its progress part then runs the preview as for any long task.
			getShell().getDisplay().asyncExec(() -> {
				if (!getControl().isDisposed() && isCurrentPage()) {
					wizard.previewOnShow();
				}
			});
		}
	}

	/** Shows a preview, or clears the page for none yet. */
	void show(ImportPreview preview) {
		List<FileOutcome> outcomes = preview == null ? List.of() : preview.files();
		List<CsvProblem> problems = preview == null ? List.of() : preview.problems();
		outcomeViewer.setInput(outcomes);
		problemViewer.setInput(problems);
		fit(outcomeViewer);
		fit(problemViewer);
		problemsHeading.setText(problems.isEmpty() ? TransferMessages.Preview_noProblems
				: NLS.bind(TransferMessages.Preview_problemsHeading, problems.size()));
		if (preview == null) {
			summary.setText("");
		} else {
			summary.setText(NLS.bind(TransferMessages.Preview_summary,
					new Object[] { preview.total().created(), preview.total().updated(), preview.total().removed() }));
		}
		if (!problems.isEmpty()) {
			setErrorMessage(NLS.bind(TransferMessages.Preview_blocked, problems.size()));
		} else {
			setErrorMessage(null);
		}
		summary.getParent().layout(true, true);
	}

	/** Columns as wide as what they show, within reason; the reason, last, takes what is left. */
	private static void fit(TableViewer viewer) {
		org.eclipse.swt.widgets.TableColumn[] columns = viewer.getTable().getColumns();
		for (org.eclipse.swt.widgets.TableColumn column : columns) {
			column.pack();
			column.setWidth(Math.clamp(column.getWidth() + 12, 70, column == columns[columns.length - 1] ? 900 : 280));
		}
	}

	/** Shows the one sentence that says why there is no preview or why the import stopped. */
	void fail(String sentence) {
		setErrorMessage(sentence);
	}

	public TableViewer outcomeViewer() {
		return outcomeViewer;
	}

	public TableViewer problemViewer() {
		return problemViewer;
	}

	public String summaryText() {
		return summary.getText();
	}
}
