package org.cordon.diagram.ui;

import org.cordon.diagram.description.ModelChange;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A tool's change, or a move, in the workbench's undo history. After each step the editors
 * show the model as stored: model changes reload it, moves only redraw.
 */
final class DiagramOperation extends AbstractOperation {

	private final ModelChange change;
	private final boolean changesModel;
	private final Runnable afterwards;

	DiagramOperation(ModelChange change, boolean changesModel, Runnable afterwards) {
		super(change.label());
		this.change = change;
		this.changesModel = changesModel;
		this.afterwards = afterwards;
	}

	boolean changesModel() {
		return changesModel;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return step(change::apply);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return step(change::apply);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return step(change::undo);
	}

	private IStatus step(Runnable work) throws ExecutionException {
		try {
			work.run();
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			// The model or the database refused the change: the editors show what is stored.
			throw new ExecutionException(DiagramEditor.messageOf(e), e);
		} finally {
			afterwards.run();
		}
	}
}
