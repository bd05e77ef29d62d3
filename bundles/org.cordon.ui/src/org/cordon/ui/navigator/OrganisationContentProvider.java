package org.cordon.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.ui.internal.Messages;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;

/**
 * Leading group → its leaders, the office and the groups → positions → the person holding each;
 * townships → communities (each labelled with its paired unit); county units → the communities
 * they answer for.
 */
public class OrganisationContentProvider implements ITreeContentProvider {

	static final String TOWNSHIPS = "townships";
	static final String UNITS = "units";
	static final String MEMBERS = "members:";

	private OrganisationSnapshot snapshot = OrganisationSnapshot.empty();

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		snapshot = newInput instanceof OrganisationSnapshot s ? s : OrganisationSnapshot.empty();
	}

	@Override
	public Object[] getElements(Object input) {
		List<Object> roots = new ArrayList<>(snapshot.leadingGroups());
		roots.add(new NavigatorFolder(TOWNSHIPS, NLS.bind(Messages.Navigator_townships, snapshot.townships().size()), snapshot.townships()));
		roots.add(new NavigatorFolder(UNITS, NLS.bind(Messages.Navigator_countyUnits, snapshot.units().size()), snapshot.units()));
		return roots.toArray();
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof LeadingGroup leadingGroup) {
			// Leaders first, then the office and the groups; the many member seats in a folder of their own.
			List<Position> seats = snapshot.leadershipOf(leadingGroup);
			List<Object> children = new ArrayList<>(seats.stream().filter(p -> p.getRole() != PositionRole.MEMBER).toList());
			children.addAll(snapshot.groupsOf(leadingGroup));
			List<Position> members = seats.stream().filter(p -> p.getRole() == PositionRole.MEMBER).toList();
			if (!members.isEmpty()) {
				children.add(new NavigatorFolder(MEMBERS + leadingGroup.getCode(), NLS.bind(Messages.Navigator_members, members.size()), members));
			}
			return children.toArray();
		}
		if (element instanceof WorkingGroup group) {
			return snapshot.positionsOf(group).toArray();
		}
		if (element instanceof Position position) {
			return position.getHolder() == null ? new Object[0] : new Object[] { position.getHolder() };
		}
		if (element instanceof NavigatorFolder folder) {
			return folder.children().toArray();
		}
		if (element instanceof Township township) {
			return snapshot.communitiesOf(township).toArray();
		}
		if (element instanceof CountyUnit unit) {
			return snapshot.communitiesPairedWith(unit).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		// Elements appear in more than one place (a community under its township and its unit).
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	OrganisationSnapshot snapshot() {
		return snapshot;
	}
}
