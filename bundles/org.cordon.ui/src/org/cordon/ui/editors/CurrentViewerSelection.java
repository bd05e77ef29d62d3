package org.cordon.ui.editors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * The selection of the viewer a part shows now, for its site, its context menu and its details:
 * a record table replaces its table widget when a filter leaves a fraction of a big one (GTK
 * empties a widget of a million rows in seconds and disposes one in a fraction of that), and
 * whoever listens to the part's selection must not notice.
 */
final class CurrentViewerSelection implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private StructuredViewer viewer;

	/** From now on the selection is {@code next}'s; listeners hear of the change if there was another before. */
	void show(StructuredViewer next) {
		boolean replaced = viewer != null;
		viewer = next;
		next.addSelectionChangedListener(e -> {
			if (e.getSource() == viewer) {
				fire(listeners, e.getSelection());
			}
		});
		next.addPostSelectionChangedListener(e -> {
			if (e.getSource() == viewer) {
				fire(postListeners, e.getSelection());
			}
		});
		if (replaced) {
			fire(listeners, next.getSelection());
			fire(postListeners, next.getSelection());
		}
	}

	private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : to) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return viewer == null || viewer.getControl().isDisposed() ? StructuredSelection.EMPTY : viewer.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
