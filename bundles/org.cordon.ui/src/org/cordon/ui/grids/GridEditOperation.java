package org.cordon.ui.grids;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Text typed into one grid cell: undone by writing the cell's earlier text back through the same column. */
final class GridEditOperation<R> extends AbstractOperation {

	private final GridColumn<R> column;
	private final R row;
	private final String oldText;
	private final String newText;
	private final Runnable written;

	GridEditOperation(String label, IUndoContext context, GridColumn<R> column, R row, String oldText, String newText, Runnable written) {
		super(label);
		addContext(context);
		this.column = column;
		this.row = row;
		this.oldText = oldText;
		this.newText = newText;
		this.written = written;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return write(newText);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return write(newText);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return write(oldText);
	}

	private IStatus write(String text) {
		String refused = column.write(row, text);
		if (refused != null) {
			return Status.error(refused);
		}
		written.run();
		return Status.OK_STATUS;
	}
}
