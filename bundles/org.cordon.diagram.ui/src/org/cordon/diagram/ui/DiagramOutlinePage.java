package org.cordon.diagram.ui;

import java.util.Collection;
import java.util.List;

import org.cordon.diagram.graph.DiagramElement;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The diagram's elements as a tree in the Outline view; selecting one selects it on the canvas. */
public final class DiagramOutlinePage extends ContentOutlinePage {

	private final DiagramEditor editor;
	private boolean updating;

	DiagramOutlinePage(DiagramEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		getTreeViewer().setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((DiagramGraph) input).roots().toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((DiagramNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return ((DiagramNode) element).parent();
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((DiagramNode) element).children().isEmpty();
			}
		});
		getTreeViewer().setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DiagramNode node = (DiagramNode) element;
				String text = node.label().replace('\n', ' ');
				return node.problems().isEmpty() ? text
						: node.problems().size() == 1 ? NLS.bind(DiagramMessages.oneProblem, text) : NLS.bind(DiagramMessages.problems, text, node.problems().size());
			}
		});
		getTreeViewer().setUseHashlookup(true);
		getTreeViewer().addSelectionChangedListener(event -> {
			if (!updating) {
				List<String> ids = ((IStructuredSelection) event.getSelection()).stream().map(e -> ((DiagramNode) e).id()).toList();
				editor.select(ids);
			}
		});
		setGraph(editor.shownGraph());
	}

	/**
	 * The records behind the selected elements, not the elements: while the Outline is the
	 * active part, the Properties view shows what it selects, and records have properties.
	 */
	@Override
	public ISelection getSelection() {
		return records(super.getSelection());
	}

	@Override
	protected void fireSelectionChanged(ISelection selection) {
		super.fireSelectionChanged(records(selection));
	}

	private static ISelection records(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return selection;
		}
		return new StructuredSelection(structured.stream().map(e -> e instanceof DiagramNode node ? node.semantic() : e).toList());
	}

	/** The elements selected in the tree (the selection proper holds their records). */
	public List<String> selectedElementIds() {
		if (getTreeViewer() == null) {
			return List.of();
		}
		return getTreeViewer().getStructuredSelection().stream().map(e -> ((DiagramNode) e).id()).toList();
	}

	/** Selects elements in the tree by id, as a click would: the editor follows. */
	public void selectElements(List<String> elementIds) {
		DiagramGraph shown = editor.shownGraph();
		if (shown == null) {
			return;
		}
		List<DiagramNode> nodes = elementIds.stream().map(shown::node).filter(java.util.Objects::nonNull).toList();
		getTreeViewer().setSelection(new StructuredSelection(nodes), true);
	}

	void setGraph(DiagramGraph graph) {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().setInput(graph);
		}
	}

	void showSelection(Collection<DiagramElement> selection) {
		if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
			return;
		}
		updating = true;
		try {
			getTreeViewer().setSelection(new StructuredSelection(selection.stream().filter(DiagramNode.class::isInstance).toList()), true);
		} finally {
			updating = false;
		}
	}
}
