package org.cordon.ui.editors;

import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;

/** What the record tables and the day boards share about typing into a table and saving it. */
public final class TableEditing {

	private TableEditing() {
	}

	/**
	 * Spreadsheet-like entry: a focused cell, Enter or F2 (or a double-click) to edit it, Tab and the
	 * arrow keys to move on. A single click only selects, so a row can be chosen without editing it.
	 */
	public static void enableKeyboardEditing(TableViewer viewer) {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.keyCode == SWT.F2));
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** Whether a failed save failed because another desk changed or deleted one of the records first. */
	public static boolean isConflict(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof jakarta.persistence.OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

	/** The first line of the innermost cause: the sentence a dialog shows instead of a stack trace. */
	public static String rootMessage(Throwable failure) {
		return org.cordon.model.Failures.firstLine(failure);
	}
}
