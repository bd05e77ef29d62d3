package org.cordon.ui.navigator;

import org.cordon.ui.internal.Messages;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;

/**
 * The navigator's content: an {@link OrganisationTree}, or a {@link NavigatorNotice} while there
 * is none (being read, or not readable). The tree answers {@link #hasChildren} from its index, so
 * the viewer makes a node's items only when the node is expanded.
 */
public class OrganisationContentProvider implements ITreeContentProvider {

	private OrganisationTree tree = OrganisationTree.empty();

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		tree = newInput instanceof OrganisationTree t ? t : OrganisationTree.empty();
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof NavigatorNotice notice) {
			return new Object[] { notice };
		}
		return tree.roots(NLS.bind(Messages.Navigator_townships, tree.snapshot().townships().size()),
				NLS.bind(Messages.Navigator_countyUnits, tree.snapshot().units().size())).toArray();
	}

	@Override
	public Object[] getChildren(Object element) {
		return tree.children(element, members -> NLS.bind(Messages.Navigator_members, members)).toArray();
	}

	@Override
	public Object getParent(Object element) {
		// Elements appear in more than one place (a community under its township and its unit).
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return tree.hasChildren(element);
	}

	OrganisationTree tree() {
		return tree;
	}
}
