package org.cordon.diagram.organisation;

import java.util.Optional;
import java.util.function.IntSupplier;

import org.cordon.diagram.description.ChildLayout;
import org.cordon.diagram.description.DiagramFilter;
import org.cordon.diagram.description.DiagramLayer;
import org.cordon.diagram.description.DiagramProvider;
import org.cordon.diagram.description.DiagramTool;
import org.cordon.diagram.description.EdgeMapping;
import org.cordon.diagram.description.ElementMapping;
import org.cordon.diagram.description.LayoutDirection;
import org.cordon.diagram.description.ModelChange;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.description.ServiceLookup;
import org.cordon.diagram.description.Severity;
import org.cordon.diagram.description.Style;
import org.cordon.diagram.description.ValidationRule;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Township;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.services.records.RecordService;
import org.eclipse.osgi.util.NLS;

/**
 * 包联: the county units and the communities they answer for, grouped by township, an edge per
 * pairing. A community no unit covers is red, a unit over the load threshold amber; both are
 * problems. Dropping a community on a unit, or dragging a pairing's end to another unit,
 * re-pairs it.
 */
public class PairingDiagram implements DiagramProvider {

	public static final String ID = "pairing";
	public static final Rgb PAIRED_BORDER = Rgb.hex("#5b8a4a");
	public static final Rgb UNPAIRED = Rgb.hex("#f6c4c4");
	public static final Rgb UNPAIRED_BORDER = Rgb.hex("#c62828");
	public static final Rgb OVERLOADED = Rgb.hex("#ffd98a");
	public static final Rgb OVERLOADED_BORDER = Rgb.hex("#c77800");

	@Override
	public RepresentationDescription<OrganisationSnapshot> describe(ServiceLookup services) {
		// Read on every reload, so that a changed preference re-validates open diagrams.
		return describe(services, OrganisationDiagramPreferences::unitLoadThreshold);
	}

	public static RepresentationDescription<OrganisationSnapshot> describe(ServiceLookup services, int loadThreshold) {
		return describe(services, () -> loadThreshold);
	}

	public static RepresentationDescription<OrganisationSnapshot> describe(ServiceLookup services, IntSupplier loadThreshold) {
		OrganisationService organisation = services.get(OrganisationService.class);
		RecordService records = services.get(RecordService.class);
		Style unitStyle = Style.NODE.withFill(Rgb.hex("#e3ecfa")).withBorder(Rgb.hex("#3e64a8"), 1.2).withFont(12, true);
		Style communityStyle = Style.NODE.withFill(Rgb.hex("#eef6ea")).withBorder(PAIRED_BORDER, 1).withCornerRadius(12);

		return RepresentationDescription.<OrganisationSnapshot>builder(ID, Messages.pairing)
				.model(organisation::snapshot)
				.direction(LayoutDirection.RIGHT)
				// The townships fill rows of a page's proportions; inside each, a unit with its
				// communities is one group, and the groups fill rows too (see docs/diagrams.md).
				.topLevelLayout(ChildLayout.BOX)
				.layer(new DiagramLayer("pairings", Messages.pairingsLayer, true))
				.layer(new DiagramLayer("units", Messages.unitsLayer, true))
				.element(ElementMapping.<OrganisationSnapshot, Township>container("township", Township.class)
						.candidates(m -> m.townships().stream().filter(t -> !PairingIndex.of(m).communitiesOf(t).isEmpty()).toList())
						.label(Township::getName)
						.childLayout(ChildLayout.LAYERED))
				.element(ElementMapping.<OrganisationSnapshot, Community>node("community", Community.class)
						.inside("township", (OrganisationSnapshot m, Township t) -> PairingIndex.of(m).communitiesOf(t))
						.label(Community::getName)
						.style(communityStyle)
						.styleWhen((m, c) -> PairingIndex.of(m).pairingOf(c).isEmpty(), s -> s.withFill(UNPAIRED).withBorder(UNPAIRED_BORDER, 2)))
				.element(ElementMapping.<OrganisationSnapshot, CountyUnit>node("unit", CountyUnit.class)
						// A unit stands in the township where most of its communities are, next to them.
						.inside("township", (OrganisationSnapshot m, Township t) -> PairingIndex.of(m).unitsIn(t))
						.alsoAtTop(m -> PairingIndex.of(m).unitsWithoutCommunities())
						.label((OrganisationSnapshot m, CountyUnit u) -> unitLabel(u, PairingIndex.of(m).loadOf(u)))
						.style(unitStyle)
						.layer("units")
						.styleWhen((m, u) -> PairingIndex.of(m).loadOf(u) > loadThreshold.getAsInt(),
								s -> s.withFill(OVERLOADED).withBorder(OVERLOADED_BORDER, 2)))
				.edge(EdgeMapping.<OrganisationSnapshot, Pairing>edge("pairing", Pairing.class, "community", "unit")
						.candidates(OrganisationSnapshot::pairings)
						.ends(Pairing::getCommunity, Pairing::getUnit)
						.layer("pairings"))
				.rule(new ValidationRule<OrganisationSnapshot, Community>("unpaired", "community", Severity.ERROR,
						(m, c) -> PairingIndex.of(m).pairingOf(c).isEmpty(),
						(m, c) -> NLS.bind(Messages.unpaired, c.getName(), c.getCode())))
				.rule(new ValidationRule<OrganisationSnapshot, CountyUnit>("overloaded", "unit", Severity.WARNING,
						(m, u) -> PairingIndex.of(m).loadOf(u) > loadThreshold.getAsInt(),
						(m, u) -> NLS.bind(Messages.overloaded, new Object[] { unitName(u), PairingIndex.of(m).loadOf(u), loadThreshold.getAsInt() })))
				.filter(new DiagramFilter<OrganisationSnapshot, Community>("only-unpaired", Messages.onlyUnpaired, "community",
						(m, c) -> PairingIndex.of(m).pairingOf(c).isPresent()))
				.filter(new DiagramFilter<OrganisationSnapshot, CountyUnit>("hide-idle-units", Messages.hideIdleUnits, "unit",
						(m, u) -> PairingIndex.of(m).loadOf(u) == 0))
				.tool(new DiagramTool.DropOnto<>("pair", Messages.pairWithUnit, "community", "unit",
						(m, community, unit) -> pair(records, m, (Community) community, (CountyUnit) unit)))
				.tool(new DiagramTool.Reconnect<>("repair", Messages.repair, "pairing", "unit",
						(m, pairing, unit) -> pair(records, m, ((Pairing) pairing).getCommunity(), (CountyUnit) unit)))
				.tool(new DiagramTool.Delete<>("unpair", Messages.unpair, "pairing", (m, pairing) -> unpair(records, (Pairing) pairing)))
				.tool(new DiagramTool.Create<>("new-community", Messages.community, "township",
						(m, township, name) -> RecordChanges.create(NLS.bind(Messages.newCommunity, name), records,
								() -> new Community(RecordChanges.nextCode("C-", m.communities()), name, (Township) township))))
				.tool(new DiagramTool.DirectEdit<>("rename-community", Messages.rename, "community", c -> ((Community) c).getName(),
						(m, c, name) -> rename(records, (Community) c, name)))
				.tool(new DiagramTool.DirectEdit<>("rename-unit", Messages.shortName, "unit", u -> unitName((CountyUnit) u),
						(m, u, name) -> renameUnit(records, (CountyUnit) u, name)))
				.build();
	}

	private static String unitLabel(CountyUnit unit, int load) {
		return load == 1 ? NLS.bind(Messages.unitLabelOne, unitName(unit)) : NLS.bind(Messages.unitLabel, unitName(unit), load);
	}

	/** The unit's label: its short name if it has one. */
	static String unitName(CountyUnit unit) {
		return unit.getShortName() != null ? unit.getShortName() : unit.getName();
	}

	/** Pairs a community with a unit: re-pairs its pairing, or creates one; nothing if it is paired there already. */
	static ModelChange pair(RecordService records, OrganisationSnapshot model, Community community, CountyUnit unit) {
		Optional<Pairing> existing = model.pairingOf(community);
		String label = NLS.bind(Messages.pair, community.getName(), unitName(unit));
		if (existing.isEmpty()) {
			return RecordChanges.create(label, records, () -> new Pairing("PAIR-" + community.getCode(), unit, community));
		}
		CountyUnit previous = existing.get().getUnit();
		if (previous.getCode().equals(unit.getCode())) {
			return null;
		}
		return RecordChanges.update(label, records, existing.get(), p -> p.setUnit(unit), p -> p.setUnit(previous));
	}

	static ModelChange unpair(RecordService records, Pairing pairing) {
		CountyUnit unit = pairing.getUnit();
		Community community = pairing.getCommunity();
		String code = pairing.getCode();
		return RecordChanges.delete(NLS.bind(Messages.unpairCommunity, community.getName()), records, pairing, () -> {
			Pairing again = new Pairing(code, unit, community);
			again.setSince(pairing.getSince());
			return again;
		});
	}

	private static ModelChange rename(RecordService records, Community community, String name) {
		String previous = community.getName();
		return name.equals(previous) ? null
				: RecordChanges.update(NLS.bind(Messages.renameElement, previous), records, community, c -> c.setName(name), c -> c.setName(previous));
	}

	private static ModelChange renameUnit(RecordService records, CountyUnit unit, String shortName) {
		String previous = unit.getShortName();
		String wanted = RecordChanges.blankToNull(shortName);
		return java.util.Objects.equals(wanted, previous) ? null
				: RecordChanges.update(NLS.bind(Messages.renameElement, unitName(unit)), records, unit, u -> u.setShortName(wanted),
						u -> u.setShortName(previous));
	}
}
