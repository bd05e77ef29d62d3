package org.cordon.diagram.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSnapshot;
import org.cordon.services.records.RecordService;
import org.eclipse.osgi.util.NLS;

/**
 * 一室九组: the leading group with its joint leaders, executive deputy and deputies; the office and
 * the nine groups, in one frame, as containers with their positions and the persons holding them; the member
 * departments and the townships. Dropping a position on another group moves it there with its
 * holder (re-staffing); the palette creates groups and positions and assigns persons.
 */
public class LeadershipDiagram implements DiagramProvider {

	public static final String ID = "leadership";
	public static final Rgb VACANT = Rgb.hex("#fff1d6");

	@Override
	public RepresentationDescription<OrganisationSnapshot> describe(ServiceLookup services) {
		OrganisationService organisation = services.get(OrganisationService.class);
		RecordService records = services.get(RecordService.class);
		Style leaderStyle = Style.NODE.withFill(Rgb.hex("#fde8e4")).withBorder(Rgb.hex("#b0413e"), 1.2);
		Style positionStyle = Style.NODE.withFill(Rgb.hex("#eef2fb"));
		Style officeStyle = Style.CONTAINER.withFill(Rgb.hex("#f3efe2")).withBorder(Rgb.hex("#8a6d1f"), 1.5);
		Style memberStyle = Style.NODE.withFill(Rgb.hex("#f2f2f2")).withBorder(Rgb.hex("#8a8a8a"), 1).withFont(11, false);

		return RepresentationDescription.<OrganisationSnapshot>builder(ID, Messages.leadership)
				.model(organisation::snapshot)
				.modelAsOf(organisation::asOf)
				.direction(LayoutDirection.DOWN)
				.layer(new DiagramLayer("members", Messages.membersLayer, true))
				.element(ElementMapping.<OrganisationSnapshot, LeadingGroup>container("leading-group", LeadingGroup.class)
						.candidates(OrganisationSnapshot::leadingGroups)
						.label(LeadingGroup::getName)
						.style(Style.CONTAINER.withFill(Rgb.hex("#fff7f5")).withBorder(Rgb.hex("#b0413e"), 2)))
				.element(ElementMapping.<OrganisationSnapshot, Position>node("leader", Position.class)
						.inside("leading-group", (OrganisationSnapshot m, LeadingGroup g) -> m.leadershipOf(g).stream()
								.filter(p -> p.getRole() != PositionRole.MEMBER).toList())
						.label(LeadershipDiagram::seatLabel)
						.style(leaderStyle.withFont(12, true))
						.styleWhen((m, p) -> p.isVacant(), s -> s.withFill(VACANT).withDashes(true)))
				// The office and the groups in one frame, packed in rows in the county's order: side
				// by side under the leading group they made a strip four times as wide as high.
				.element(ElementMapping.<OrganisationSnapshot, LeadingGroup>container("groups", LeadingGroup.class)
						.candidates(OrganisationSnapshot::leadingGroups)
						.label(g -> Messages.officeAndGroups)
						.childLayout(ChildLayout.LAYERED))
				.element(ElementMapping.<OrganisationSnapshot, WorkingGroup>container("group", WorkingGroup.class)
						.inside("groups", (OrganisationSnapshot m, LeadingGroup g) -> m.groupsOf(g))
						.label(WorkingGroup::getName)
						.styleWhen((m, g) -> g.getKind() == WorkingGroupKind.OFFICE, s -> officeStyle))
				.element(ElementMapping.<OrganisationSnapshot, Position>node("position", Position.class)
						.inside("group", (OrganisationSnapshot m, WorkingGroup g) -> m.positionsOf(g))
						.label(LeadershipDiagram::seatLabel)
						.style(positionStyle.withFont(12, true))
						.styleWhen((m, p) -> p.isVacant(), s -> s.withFill(VACANT).withDashes(true)))
				.element(ElementMapping.<OrganisationSnapshot, LeadingGroup>container("departments", LeadingGroup.class)
						.candidates(OrganisationSnapshot::leadingGroups)
						.label(g -> Messages.memberDepartments)
						.layer("members"))
				.element(ElementMapping.<OrganisationSnapshot, Position>node("member", Position.class)
						.inside("departments", (OrganisationSnapshot m, LeadingGroup g) -> departmentSeats(m, g))
						.label(LeadershipDiagram::seatLabel)
						.style(memberStyle)
						.styleWhen((m, p) -> p.isVacant(), s -> s.withFill(VACANT).withDashes(true)))
				.element(ElementMapping.<OrganisationSnapshot, LeadingGroup>container("townships", LeadingGroup.class)
						.candidates(OrganisationSnapshot::leadingGroups)
						.label(g -> Messages.townships)
						.layer("members"))
				.element(ElementMapping.<OrganisationSnapshot, Township>node("township", Township.class)
						.inside("townships", (OrganisationSnapshot m, LeadingGroup g) -> m.townships())
						.label((OrganisationSnapshot m, Township t) -> townshipLabel(m, t))
						.style(memberStyle.withFill(Rgb.hex("#eef6ea")).withBorder(Rgb.hex("#5b8a4a"), 1)))
				.edge(EdgeMapping.<OrganisationSnapshot, LeadingGroup>edge("leads", LeadingGroup.class, "leading-group", "groups")
						.candidates(OrganisationSnapshot::leadingGroups)
						.ends(g -> g, g -> g))
				.edge(EdgeMapping.<OrganisationSnapshot, LeadingGroup>edge("has-departments", LeadingGroup.class, "leading-group",
						"departments")
						.candidates(OrganisationSnapshot::leadingGroups)
						.ends(g -> g, g -> g)
						.style(Style.EDGE.withDashes(true))
						.layer("members"))
				.edge(EdgeMapping.<OrganisationSnapshot, LeadingGroup>edge("has-townships", LeadingGroup.class, "leading-group",
						"townships")
						.candidates(OrganisationSnapshot::leadingGroups)
						.ends(g -> g, g -> g)
						.style(Style.EDGE.withDashes(true))
						.layer("members"))
				.rule(new ValidationRule<OrganisationSnapshot, WorkingGroup>("no-head", "group", Severity.WARNING,
						(m, g) -> m.positionsOf(g).stream().noneMatch(p -> p.getRole() == PositionRole.GROUP_HEAD && !p.isVacant()),
						(m, g) -> NLS.bind(Messages.noHead, g.getName())))
				.rule(new ValidationRule<OrganisationSnapshot, Position>("vacant", "position", Severity.INFO,
						(m, p) -> p.isVacant(), (m, p) -> NLS.bind(Messages.vacant, p.getTitle(), p.getWorkingGroup().getName())))
				.filter(new DiagramFilter<OrganisationSnapshot, Position>("hide-staff", Messages.hideStaff, "position",
						(m, p) -> p.getRole() == PositionRole.STAFF))
				.tool(new DiagramTool.DropOnto<>("restaff", Messages.moveToGroup, "position", "group",
						(m, position, group) -> moveToGroup(records, (Position) position, (WorkingGroup) group)))
				.tool(new DiagramTool.Create<>("new-group", Messages.group, "groups",
						(m, frame, name) -> RecordChanges.create(NLS.bind(Messages.newGroup, name), records,
								() -> newGroup(m, (LeadingGroup) frame, name))))
				.tool(new DiagramTool.Create<>("new-position", Messages.position, "group",
						(m, group, title) -> RecordChanges.create(NLS.bind(Messages.newPosition, title), records,
								() -> newPosition(m, (WorkingGroup) group, title))))
				.tool(new DiagramTool.Choose<>("assign", Messages.assignPerson, "position", (m, position) -> m.persons(),
						person -> ((Person) person).getName() + " (" + ((Person) person).getCode() + ")",
						(m, position, person) -> assign(records, (Position) position, (Person) person)))
				.tool(new DiagramTool.Delete<>("delete-position", Messages.deletePosition, "position",
						(m, position) -> deletePosition(records, (Position) position)))
				.tool(new DiagramTool.DirectEdit<>("rename-group", Messages.rename, "group", g -> ((WorkingGroup) g).getName(),
						(m, g, name) -> renameGroup(records, (WorkingGroup) g, name)))
				.tool(new DiagramTool.DirectEdit<>("retitle", Messages.title, "position", p -> ((Position) p).getTitle(),
						(m, p, title) -> retitle(records, (Position) p, title)))
				.build();
	}

	static String seatLabel(Position position) {
		return position.getTitle() + "\n" + (position.isVacant() ? Messages.vacantLabel : position.getHolder().getName());
	}

	/** Member seats held for departments: those whose title names no township. */
	static List<Position> departmentSeats(OrganisationSnapshot model, LeadingGroup group) {
		return model.leadershipOf(group).stream().filter(p -> p.getRole() == PositionRole.MEMBER)
				.filter(p -> model.townships().stream().noneMatch(t -> p.getTitle().contains(t.getName()))).toList();
	}

	/** A township with the names of its party secretary and head, from the member seats naming it. */
	static String townshipLabel(OrganisationSnapshot model, Township township) {
		List<String> holders = new ArrayList<>();
		for (Position seat : model.positions()) {
			if (seat.getWorkingGroup() == null && seat.getRole() == PositionRole.MEMBER && seat.getTitle().contains(township.getName())
					&& !seat.isVacant()) {
				holders.add(seat.getHolder().getName());
			}
		}
		return holders.isEmpty() ? township.getName() : township.getName() + "\n" + String.join("、", holders);
	}

	static ModelChange moveToGroup(RecordService records, Position position, WorkingGroup group) {
		WorkingGroup previous = position.getWorkingGroup();
		if (previous != null && previous.getCode().equals(group.getCode())) {
			return null;
		}
		String who = position.isVacant() ? position.getTitle() : position.getHolder().getName();
		return RecordChanges.update(NLS.bind(Messages.move, who, group.getName()), records, position, p -> p.setWorkingGroup(group),
				p -> p.setWorkingGroup(previous));
	}

	private static WorkingGroup newGroup(OrganisationSnapshot model, LeadingGroup leadingGroup, String name) {
		if (leadingGroup == null) {
			throw new IllegalStateException(Messages.noLeadingGroup);
		}
		WorkingGroup group = new WorkingGroup(RecordChanges.nextCode("G-", model.workingGroups()), name, WorkingGroupKind.GROUP,
				leadingGroup);
		group.setSortOrder(model.workingGroups().stream().mapToInt(WorkingGroup::getSortOrder).max().orElse(0) + 1);
		return group;
	}

	private static Position newPosition(OrganisationSnapshot model, WorkingGroup group, String title) {
		Position position = new Position(RecordChanges.nextCode("POS-" + group.getCode() + "-", model.positions()), title,
				PositionRole.STAFF, group);
		position.setSortOrder(model.positionsOf(group).stream().mapToInt(Position::getSortOrder).max().orElse(0) + 1);
		return position;
	}

	static ModelChange assign(RecordService records, Position position, Person person) {
		Person previous = position.getHolder();
		if (previous != null && person != null && previous.getCode().equals(person.getCode())) {
			return null;
		}
		return RecordChanges.update(NLS.bind(Messages.assign, person == null ? Messages.nobody : person.getName(), position.getTitle()), records,
				position, p -> p.setHolder(person), p -> p.setHolder(previous));
	}

	private static ModelChange deletePosition(RecordService records, Position position) {
		return RecordChanges.delete(NLS.bind(Messages.deleteElement, position.getTitle()), records, position, () -> {
			Position again = new Position(position.getCode(), position.getTitle(), position.getRole(), position.getWorkingGroup());
			again.setHolder(position.getHolder());
			again.setSortOrder(position.getSortOrder());
			return again;
		});
	}

	private static ModelChange renameGroup(RecordService records, WorkingGroup group, String name) {
		String previous = group.getName();
		return Objects.equals(previous, name) ? null
				: RecordChanges.update(NLS.bind(Messages.renameElement, previous), records, group, g -> g.setName(name), g -> g.setName(previous));
	}

	private static ModelChange retitle(RecordService records, Position position, String title) {
		String previous = position.getTitle();
		return Objects.equals(previous, title) ? null
				: RecordChanges.update(NLS.bind(Messages.retitle, previous), records, position, p -> p.setTitle(title), p -> p.setTitle(previous));
	}
}
