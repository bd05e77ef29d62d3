package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The import's first page: which kind of records, and which files (CSV or Excel) hold them. */
public class ImportFilesPage extends WizardPage {

	private final List<String> kinds;
	private final List<Path> files = new ArrayList<>();
	private ComboViewer kindViewer;
	private TableViewer fileViewer;
	private Button remove;

	ImportFilesPage(List<String> kinds) {
		super("files", TransferMessages.ImportFiles_title, null);
		this.kinds = List.copyOf(kinds);
		setDescription(TransferMessages.ImportFiles_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		kindViewer = TransferKinds.kindPicker(body, kinds, this::changed);

		Label filesLabel = new Label(body, SWT.NONE);
		filesLabel.setText(TransferMessages.ImportFiles_files);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(filesLabel);
		fileViewer = new TableViewer(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		fileViewer.getTable().setHeaderVisible(true);
		fileViewer.getTable().setLinesVisible(true);
		fileViewer.setContentProvider(ArrayContentProvider.getInstance());
		column(TransferMessages.Column_file, 200, path -> ImportPlan.name(path));
		column(TransferMessages.Column_folder, 360, path -> path.getParent() == null ? "" : path.getParent().toString());
		fileViewer.setInput(files);
		fileViewer.addSelectionChangedListener(e -> remove.setEnabled(!fileViewer.getStructuredSelection().isEmpty()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 200).applyTo(fileViewer.getControl());

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(TransferMessages.ImportFiles_add);
		add.addListener(SWT.Selection, e -> chooseFiles());
		GridDataFactory.fillDefaults().applyTo(add);
		remove = new Button(buttons, SWT.PUSH);
		remove.setText(TransferMessages.ImportFiles_remove);
		remove.setEnabled(false);
		remove.addListener(SWT.Selection, e -> removeSelected());
		GridDataFactory.fillDefaults().applyTo(remove);

		Label formats = new Label(body, SWT.WRAP);
		formats.setText(TransferMessages.ImportFiles_formats);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(formats);
		setControl(body);
		changed();
	}

	private void column(String title, int width, java.util.function.Function<Path, String> text) {
		TableViewerColumn column = new TableViewerColumn(fileViewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}
		});
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(TransferMessages.ImportFiles_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.csv", "*.xlsx", "*" });
		dialog.setFilterNames(new String[] { TransferMessages.Format_both, TransferMessages.Format_csv, TransferMessages.Format_xlsx,
				TransferMessages.Format_any });
		if (dialog.open() == null) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Path.of(dialog.getFilterPath(), name));
		}
		addFiles(chosen);
	}

	/** Adds files to the list, each once. */
	public void addFiles(List<Path> added) {
		for (Path file : added) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!files.contains(absolute)) {
				files.add(absolute);
			}
		}
		fileViewer.refresh();
		changed();
	}

	/** Takes the selected files off the list. */
	public void removeSelected() {
		files.removeAll(fileViewer.getStructuredSelection().toList());
		fileViewer.refresh();
		remove.setEnabled(false);
		changed();
	}

	/** Picks the record kind, as the drop-down does. */
	public void setKind(String kind) {
		kindViewer.setSelection(new StructuredSelection(kind), true);
	}

	public String kind() {
		Object selected = kindViewer.getStructuredSelection().getFirstElement();
		return (String) selected;
	}

	public List<String> kinds() {
		return kinds;
	}

	public List<Path> files() {
		return List.copyOf(files);
	}

	public TableViewer fileViewer() {
		return fileViewer;
	}

	/** What the next page previews and Finish imports. */
	public ImportPlan plan() {
		return new ImportPlan(kind(), files);
	}

	private void changed() {
		if (kinds.isEmpty()) {
			setErrorMessage(TransferMessages.Page_noKinds);
		} else if (kind() == null) {
			setMessage(TransferMessages.ImportFiles_chooseKind);
		} else if (files.isEmpty()) {
			setMessage(TransferMessages.ImportFiles_chooseFiles);
		} else {
			setMessage(null);
		}
		setPageComplete(kind() != null && !files.isEmpty());
	}
}
