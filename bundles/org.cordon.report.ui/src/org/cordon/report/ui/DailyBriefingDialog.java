package org.cordon.report.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the briefing's day, format and file. */
public class DailyBriefingDialog extends TitleAreaDialog {

	private final LocalDate initialDay;
	private final Path initialFolder;
	private DateTime date;
	private Button html;
	private Button pdf;
	private Text file;
	private BriefingRequest request;

	/**
	 * @param initialDay    the day proposed, the latest with data
	 * @param initialFolder where the proposed file goes
	 */
	public DailyBriefingDialog(Shell parent, LocalDate initialDay, Path initialFolder) {
		super(parent);
		this.initialDay = initialDay;
		this.initialFolder = initialFolder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Briefing_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Briefing_title);
		setMessage(Messages.Briefing_message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);

		new Label(form, SWT.NONE).setText(Messages.Briefing_date);
		date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.setDate(initialDay.getYear(), initialDay.getMonthValue() - 1, initialDay.getDayOfMonth());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(date);

		new Label(form, SWT.NONE).setText(Messages.Briefing_format);
		Composite formats = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(formats);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(formats);
		pdf = new Button(formats, SWT.RADIO);
		pdf.setText(Messages.Briefing_pdf);
		pdf.setSelection(true);
		html = new Button(formats, SWT.RADIO);
		html.setText(Messages.Briefing_html);

		new Label(form, SWT.NONE).setText(Messages.Briefing_file);
		file = new Text(form, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.Briefing_browse);
		browse.addListener(SWT.Selection, e -> browse());

		date.addListener(SWT.Selection, e -> proposeFileName());
		pdf.addListener(SWT.Selection, e -> proposeFileName());
		html.addListener(SWT.Selection, e -> proposeFileName());
		file.addListener(SWT.Modify, e -> validate());
		proposeFileName();
		return area;
	}

	private BriefingRequest.Format format() {
		return html.getSelection() ? BriefingRequest.Format.HTML : BriefingRequest.Format.PDF;
	}

	private LocalDate day() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	private String fileName() {
		return "briefing-" + day() + "." + format().extension();
	}

	/** The file follows the day and the format while it stays in its folder under a name of ours. */
	private void proposeFileName() {
		String current = file.getText().trim();
		Path folder = initialFolder;
		if (!current.isEmpty()) {
			Path path = Path.of(current);
			if (path.getFileName() != null && !path.getFileName().toString().startsWith("briefing-")) {
				validate();
				return;
			}
			folder = path.toAbsolutePath().getParent() != null ? path.toAbsolutePath().getParent() : initialFolder;
		}
		file.setText(folder.resolve(fileName()).toString());
	}

	private void browse() {
		FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
		chooser.setOverwrite(true);
		chooser.setFilterExtensions(new String[] { "*." + format().extension() });
		Path current = Path.of(file.getText().trim().isEmpty() ? initialFolder.resolve(fileName()).toString() : file.getText().trim());
		if (current.toAbsolutePath().getParent() != null) {
			chooser.setFilterPath(current.toAbsolutePath().getParent().toString());
		}
		chooser.setFileName(current.getFileName() == null ? fileName() : current.getFileName().toString());
		String chosen = chooser.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private String problem() {
		String text = file.getText().trim();
		if (text.isEmpty()) {
			return Messages.Briefing_noFile;
		}
		Path folder = Path.of(text).toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return NLS.bind(Messages.Briefing_noFolder, folder);
		}
		return null;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			validate();
			return;
		}
		request = new BriefingRequest(day(), format(), Path.of(file.getText().trim()).toAbsolutePath());
		super.okPressed();
	}

	/** What was asked for, after OK; null if cancelled. */
	public BriefingRequest request() {
		return request;
	}

	// For tests: fill the form as a user would.
	void choose(LocalDate day, BriefingRequest.Format format, Path target) {
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		html.setSelection(format == BriefingRequest.Format.HTML);
		pdf.setSelection(format == BriefingRequest.Format.PDF);
		file.setText(target.toString());
	}

	LocalDate shownDay() {
		return day();
	}

	String shownFile() {
		return file.getText();
	}
}
