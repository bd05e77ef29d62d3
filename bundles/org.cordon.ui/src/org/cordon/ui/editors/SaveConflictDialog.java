package org.cordon.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Someone else changed records this desk is saving: shows their values beside ours, field by
 * field, and lets the user keep theirs (reload) or save ours over them.
 */
public class SaveConflictDialog extends TitleAreaDialog {

	public static final int KEEP_MINE_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int RELOAD_ID = IDialogConstants.CLIENT_ID + 2;

	/** One row of the comparison. */
	record Row(String record, String field, String mine, String theirs) {
	}

	private final List<SaveConflict> conflicts;
	private SaveConflict.Resolution resolution = SaveConflict.Resolution.CANCEL;
	private TableViewer comparison;

	public SaveConflictDialog(Shell parent, List<SaveConflict> conflicts) {
		super(parent);
		this.conflicts = List.copyOf(conflicts);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(EditorMessages.conflictTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(EditorMessages.conflictHeading, conflicts.size()));
		setMessage(EditorMessages.conflictExplanation);
		comparison = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		comparison.getTable().setHeaderVisible(true);
		comparison.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(comparison.getControl());
		comparison.setContentProvider(ArrayContentProvider.getInstance());
		column(EditorMessages.conflictRecord, 160, Row::record);
		column(EditorMessages.conflictField, 120, Row::field);
		column(EditorMessages.conflictMine, 170, Row::mine);
		column(EditorMessages.conflictTheirs, 170, Row::theirs);
		comparison.setInput(rows());
		return area;
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(comparison, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Row) element)));
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (SaveConflict conflict : conflicts) {
			String record = conflict.mine().getDisplayName() + " (" + conflict.mine().getCode() + ")";
			if (conflict.theirs() == null) {
				rows.add(new Row(record, "", EditorMessages.conflictKept, EditorMessages.conflictDeleted));
				continue;
			}
			for (SaveConflict.Difference difference : conflict.differences()) {
				rows.add(new Row(record, difference.field(), difference.mine(), difference.theirs()));
			}
			if (conflict.differences().isEmpty()) {
				rows.add(new Row(record, "", EditorMessages.conflictSameValues, EditorMessages.conflictSameValues));
			}
		}
		return rows;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RELOAD_ID, EditorMessages.conflictReload, false);
		createButton(parent, KEEP_MINE_ID, EditorMessages.conflictKeepMine, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == KEEP_MINE_ID || buttonId == RELOAD_ID) {
			resolution = buttonId == KEEP_MINE_ID ? SaveConflict.Resolution.KEEP_MINE : SaveConflict.Resolution.RELOAD;
			setReturnCode(buttonId);
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}

	public SaveConflict.Resolution resolution() {
		return resolution;
	}

	/** The side-by-side table, for tests. */
	public TableViewer comparison() {
		return comparison;
	}

	/** The resolver the editors use outside tests: this dialog, modal. */
	public static SaveConflict.Resolver asking(Shell parent) {
		return conflicts -> {
			SaveConflictDialog dialog = new SaveConflictDialog(parent, conflicts);
			dialog.open();
			return dialog.resolution();
		};
	}
}
