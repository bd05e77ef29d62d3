package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The export's one page: which kind of records, as what, to which file. */
public class ExportPage extends WizardPage {

	/** What the export writes. */
	public enum Format {
		CSV("csv"), WORKBOOK("xlsx"), TEMPLATE("xlsx");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	private final List<String> kinds;
	private ComboViewer kindViewer;
	private Button csv;
	private Button workbook;
	private Button template;
	private Text target;

	ExportPage(List<String> kinds) {
		super("export", TransferMessages.Export_title, null);
		this.kinds = List.copyOf(kinds);
		setDescription(TransferMessages.Export_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		kindViewer = TransferKinds.kindPicker(body, kinds, this::kindChanged);

		Group formats = new Group(body, SWT.NONE);
		formats.setText(TransferMessages.Export_format);
		GridLayoutFactory.swtDefaults().applyTo(formats);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 8).applyTo(formats);
		workbook = radio(formats, TransferMessages.Export_workbook);
		csv = radio(formats, TransferMessages.Export_csv);
		template = radio(formats, TransferMessages.Export_template);
		workbook.setSelection(true);

		new Label(body, SWT.NONE).setText(TransferMessages.Export_target);
		target = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(target);
		target.addModifyListener(e -> changed());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(TransferMessages.Export_browse);
		browse.addListener(SWT.Selection, e -> chooseTarget());
		setControl(body);
		changed();
	}

	private Button radio(Composite parent, String text) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				formatChanged();
			}
		});
		return button;
	}

	private void chooseTarget() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(TransferMessages.Export_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*." + format().extension });
		dialog.setFileName(target.getText().isBlank() ? suggestedName() : Path.of(target.getText()).getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			target.setText(chosen);
		}
	}

	private String suggestedName() {
		String kind = kind() == null ? "records" : kind();
		return (format() == Format.TEMPLATE ? kind + "-template" : kind) + "." + format().extension;
	}

	/** A new kind or format renames the file offered, in the folder chosen. */
	private void kindChanged() {
		retarget();
		changed();
	}

	private void formatChanged() {
		retarget();
		changed();
	}

	private void retarget() {
		String text = target.getText().strip();
		Path folder = text.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(text).toAbsolutePath().getParent();
		target.setText(folder == null ? suggestedName() : folder.resolve(suggestedName()).toString());
	}

	public void setKind(String kind) {
		kindViewer.setSelection(new StructuredSelection(kind), true);
	}

	public void setFormat(Format format) {
		csv.setSelection(format == Format.CSV);
		workbook.setSelection(format == Format.WORKBOOK);
		template.setSelection(format == Format.TEMPLATE);
		formatChanged();
	}

	public void setTarget(Path file) {
		target.setText(file.toString());
	}

	public String kind() {
		return (String) kindViewer.getStructuredSelection().getFirstElement();
	}

	public Format format() {
		return template.getSelection() ? Format.TEMPLATE : csv.getSelection() ? Format.CSV : Format.WORKBOOK;
	}

	public Path target() {
		String text = target.getText().strip();
		return text.isEmpty() ? null : Path.of(text);
	}

	private void changed() {
		String error = null;
		if (kinds.isEmpty()) {
			error = TransferMessages.Page_noKinds;
		} else if (target != null && target() != null && format() != Format.CSV && !target().getFileName().toString().toLowerCase().endsWith(".xlsx")) {
			error = TransferMessages.Export_needsXlsx;
		}
		setErrorMessage(error);
		setPageComplete(error == null && kind() != null && target != null && target() != null);
	}
}
