package org.cordon.ui.navigator;

import java.util.Optional;
import java.util.function.Function;
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
import org.cordon.services.organisation.OrganisationSnapshot;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Names in the county's own words; a community shows its paired unit, or that it has none. */
public class OrganisationLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final String UNPAIRED_COLOR = "org.cordon.ui.unpaired";
	private static final StyledString.Styler UNPAIRED = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle textStyle) {
			textStyle.foreground = JFaceResources.getColorRegistry().get(UNPAIRED_COLOR);
		}
	};

	private final Supplier<OrganisationSnapshot> snapshot;

	public OrganisationLabelProvider(Supplier<OrganisationSnapshot> snapshot) {
		this.snapshot = snapshot;
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
		if (element instanceof Community community) {
			StyledString text = new StyledString(community.getName());
			Optional<Pairing> pairing = snapshot.get().pairingOf(community);
			if (pairing.isPresent()) {
				text.append("  — " + pairing.get().getUnit().getName(), StyledString.DECORATIONS_STYLER);
			} else {
				text.append("  — not paired with any unit", UNPAIRED);
			}
			return text;
		}
		if (element instanceof Township township) {
			return withCount(township.getName(), snapshot.get().communitiesOf(township).size(), "communities");
		}
		if (element instanceof CountyUnit unit) {
			return withCount(unit.getName(), snapshot.get().communitiesPairedWith(unit).size(), "paired");
		}
		if (element instanceof Position position) {
			StyledString text = new StyledString(position.getTitle());
			if (position.getHolder() == null) {
				text.append("  (vacant)", UNPAIRED);
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

	private static StyledString withCount(String name, int count, String what) {
		StyledString text = new StyledString(name);
		text.append("  (" + count + " " + what + ")", StyledString.COUNTER_STYLER);
		return text;
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		Function<String, Image> shared = images::getImage;
		if (element instanceof NavigatorFolder || element instanceof Township || element instanceof CountyUnit) {
			return shared.apply(ISharedImages.IMG_OBJ_FOLDER);
		}
		if (element instanceof LeadingGroup) {
			return shared.apply(ISharedImages.IMG_OBJ_PROJECT);
		}
		if (element instanceof WorkingGroup group) {
			return shared.apply(group.getKind() == WorkingGroupKind.OFFICE ? ISharedImages.IMG_OBJ_PROJECT : ISharedImages.IMG_OBJ_FOLDER);
		}
		if (element instanceof Community community) {
			return snapshot.get().pairingOf(community).isPresent() ? shared.apply(ISharedImages.IMG_OBJ_ELEMENT)
					: shared.apply(ISharedImages.IMG_OBJS_WARN_TSK);
		}
		if (element instanceof Position position) {
			return position.isVacant() ? shared.apply(ISharedImages.IMG_OBJS_WARN_TSK) : shared.apply(ISharedImages.IMG_OBJ_FILE);
		}
		return shared.apply(ISharedImages.IMG_OBJ_ELEMENT);
	}

}
