package org.cordon.ui.navigator;

import java.util.Optional;
import java.util.function.Supplier;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.ui.CordonImages;
import org.cordon.ui.internal.Messages;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;

/** Names in the county's own words; a community shows its paired unit, or that it has none. */
public class OrganisationLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final String UNPAIRED_COLOR = "org.cordon.ui.unpaired";
	private static final StyledString.Styler UNPAIRED = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle textStyle) {
			textStyle.foreground = JFaceResources.getColorRegistry().get(UNPAIRED_COLOR);
		}
	};

	private final Supplier<OrganisationTree> tree;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	OrganisationLabelProvider(Supplier<OrganisationTree> tree) {
		this.tree = tree;
		if (!JFaceResources.getColorRegistry().hasValueFor(UNPAIRED_COLOR)) {
			JFaceResources.getColorRegistry().put(UNPAIRED_COLOR, new RGB(0xC0, 0x1C, 0x1C));
		}
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof NavigatorFolder folder) {
			return new StyledString(folder.label());
		}
		if (element instanceof NavigatorNotice notice) {
			return new StyledString(notice.text(), notice.failure() ? UNPAIRED : StyledString.QUALIFIER_STYLER);
		}
		if (element instanceof Community community) {
			StyledString text = new StyledString(community.getName());
			Optional<Pairing> pairing = tree.get().pairingOf(community);
			if (pairing.isPresent()) {
				text.append("  — " + pairing.get().getUnit().getName(), StyledString.DECORATIONS_STYLER);
			} else {
				text.append("  — " + Messages.Navigator_notPaired, UNPAIRED);
			}
			return text;
		}
		if (element instanceof Township township) {
			int communities = tree.get().communitiesOf(township).size();
			return withCount(township.getName(), communityCount(communities));
		}
		if (element instanceof CountyUnit unit) {
			int paired = tree.get().communitiesPairedWith(unit).size();
			return withCount(unit.getName(), paired == 0 ? Messages.Navigator_noCommunity : communityCount(paired));
		}
		if (element instanceof Position position) {
			StyledString text = new StyledString(position.getTitle());
			if (position.getHolder() == null) {
				text.append("  " + Messages.Navigator_vacant, UNPAIRED);
			} else {
				text.append("  " + position.getHolder().getName(), StyledString.QUALIFIER_STYLER);
			}
			return text;
		}
		if (element instanceof Person person) {
			StyledString text = new StyledString(person.getName());
			if (person.getJobTitle() != null && !person.getJobTitle().isBlank()) {
				text.append("  " + person.getJobTitle(), StyledString.QUALIFIER_STYLER);
			}
			return text;
		}
		if (element instanceof CordonEntity entity) {
			return new StyledString(entity.getDisplayName());
		}
		return new StyledString(String.valueOf(element));
	}

	private static String communityCount(int communities) {
		return NLS.bind(communities == 1 ? Messages.Navigator_oneCommunity : Messages.Navigator_communities, communities);
	}

	private static StyledString withCount(String name, String count) {
		StyledString text = new StyledString(name);
		text.append("  (" + count + ")", StyledString.COUNTER_STYLER);
		return text;
	}

	@Override
	public Image getImage(Object element) {
		CordonImages image = imageFor(element);
		return image == null ? null : resources.create(image.descriptor());
	}

	private CordonImages imageFor(Object element) {
		if (element instanceof LeadingGroup) {
			return CordonImages.LEADING_GROUP;
		}
		if (element instanceof WorkingGroup group) {
			return group.getKind() == WorkingGroupKind.OFFICE ? CordonImages.OFFICE : CordonImages.GROUP;
		}
		if (element instanceof Position position) {
			return position.isVacant() ? CordonImages.VACANT_POSITION : CordonImages.POSITION;
		}
		if (element instanceof Person) {
			return CordonImages.PERSON;
		}
		if (element instanceof Township) {
			return CordonImages.TOWNSHIP;
		}
		if (element instanceof Community community) {
			return tree.get().pairingOf(community).isPresent() ? CordonImages.COMMUNITY : CordonImages.UNPAIRED_COMMUNITY;
		}
		if (element instanceof CountyUnit) {
			return CordonImages.UNIT;
		}
		if (element instanceof NavigatorNotice) {
			return null;
		}
		return CordonImages.FOLDER;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}

}
