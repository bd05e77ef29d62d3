package org.cordon.ui.editors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One cell changed in a record table: undone by putting the old text back through the same column. */
final class EditCellOperation extends AbstractOperation {

	/** Applies a column's text to a record; returns a reason when the text is refused. */
	interface CellWriter {
		String write(Object record, int column, String text);
	}

	private final CellWriter writer;
	private final Object record;
	private final int column;
	private final String oldText;
	private final String newText;
	private String refusal;

	EditCellOperation(String label, IUndoContext context, CellWriter writer, Object record, int column, String oldText, String newText) {
		super(label);
		addContext(context);
		this.writer = writer;
		this.record = record;
		this.column = column;
		this.oldText = oldText;
		this.newText = newText;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(newText);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(newText);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(oldText);
	}

	/**
	 * A refused text is still an edit (it stays in the cell, marked, until put right or undone),
	 * so the operation always succeeds and keeps the reason for the caller.
	 */
	private IStatus write(String text) {
		refusal = writer.write(record, column, text);
		return Status.OK_STATUS;
	}

	/** Why the text last written was refused, or {@code null}. */
	String refusal() {
		return refusal;
	}
}
