package org.cordon.io.transfer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.community.BuildingLeader;
import org.cordon.model.funds.Expenditure;
import org.cordon.model.funds.FundAllocation;
import org.cordon.model.materials.Donation;
import org.cordon.model.materials.Donor;
import org.cordon.model.materials.DonorKind;
import org.cordon.model.materials.MaterialItem;
import org.cordon.model.materials.StockIssue;
import org.cordon.model.materials.StockReceipt;
import org.cordon.model.medical.FeverClinic;
import org.cordon.model.medical.MedicalTeam;
import org.cordon.model.medical.MedicalTeamMember;
import org.cordon.model.office.DocumentKind;
import org.cordon.model.office.Meeting;
import org.cordon.model.office.MeetingKind;
import org.cordon.model.office.OfficeDocument;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.model.publicity.PublicityDistribution;
import org.cordon.model.publicity.PublicityItem;
import org.cordon.model.publicity.PublicityKind;
import org.cordon.model.schools.School;
import org.cordon.model.schools.SchoolStage;
import org.cordon.model.screening.DailyReport;
import org.cordon.model.screening.FeverCase;
import org.cordon.model.screening.FeverCaseStatus;
import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.model.screening.Quarantine;
import org.cordon.model.screening.QuarantineKind;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.model.supervision.Finding;
import org.cordon.model.supervision.FindingSeverity;
import org.cordon.model.supervision.Inspection;
import org.cordon.model.supervision.Rectification;
import org.cordon.model.supervision.RectificationStatus;
import org.cordon.model.volunteers.Volunteer;
import org.cordon.model.volunteers.VolunteerTeam;

/**
 * Every record kind's CSV format, in the order an empty database must import them (each kind
 * after the kinds its columns name). The formats are documented in docs/csv-formats.md.
 */
public final class RecordKinds {

	private static final Map<String, RecordKind> KINDS = new LinkedHashMap<>();
	private static final Map<Class<?>, String> DESCRIPTIONS = new LinkedHashMap<>();

	static {
		describe(CountyUnit.class, "county unit");
		describe(Township.class, "township");
		describe(Community.class, "community");
		describe(Person.class, "person");
		describe(LeadingGroup.class, "leading group");
		describe(WorkingGroup.class, "working group");
		describe(Checkpoint.class, "checkpoint");
		describe(KeyPerson.class, "key person");
		describe(MedicalTeam.class, "medical team");
		describe(MaterialItem.class, "material item");
		describe(FundAllocation.class, "fund allocation");
		describe(PublicityItem.class, "publicity item");
		describe(Inspection.class, "inspection");
		describe(Finding.class, "finding");
		describe(VolunteerTeam.class, "volunteer team");

		add(RecordFormat.coded("units", CountyUnit.class, CountyUnit::new)
				.column("name", Cells.text(), CountyUnit::getName, CountyUnit::setName)
				.optional("short_name", Cells.text(), CountyUnit::getShortName, CountyUnit::setShortName).build());
		add(RecordFormat.coded("townships", Township.class, Township::new)
				.column("name", Cells.text(), Township::getName, Township::setName)
				.column("kind", Cells.choice(TownshipKind.class), Township::getKind, Township::setKind)
				.column("order", Cells.count(), Township::getSortOrder, Township::setSortOrder).mappedTo("sortOrder").build());
		add(RecordFormat.coded("communities", Community.class, Community::new)
				.column("name", Cells.text(), Community::getName, Community::setName)
				.reference("township", Township.class, Community::getTownship, Community::setTownship)
				.column("households", Cells.count(), Community::getHouseholds, Community::setHouseholds).build());
		add(new PairingsKind());
		add(RecordFormat.coded("persons", Person.class, Person::new)
				.column("name", Cells.text(), Person::getName, Person::setName)
				.optional("job_title", Cells.text(), Person::getJobTitle, Person::setJobTitle)
				.optionalReference("unit", CountyUnit.class, Person::getUnit, Person::setUnit)
				.optional("phone", Cells.text(), Person::getPhone, Person::setPhone).build());
		add(RecordFormat.coded("leading-groups", LeadingGroup.class, LeadingGroup::new)
				.column("name", Cells.text(), LeadingGroup::getName, LeadingGroup::setName)
				.optional("remit", Cells.text(), LeadingGroup::getRemit, LeadingGroup::setRemit).build());
		add(RecordFormat.coded("working-groups", WorkingGroup.class, WorkingGroup::new)
				.column("name", Cells.text(), WorkingGroup::getName, WorkingGroup::setName)
				.column("kind", Cells.choice(WorkingGroupKind.class), WorkingGroup::getKind, WorkingGroup::setKind)
				.reference("leading_group", LeadingGroup.class, WorkingGroup::getLeadingGroup, WorkingGroup::setLeadingGroup)
				.optionalReference("host_unit", CountyUnit.class, WorkingGroup::getHostUnit, WorkingGroup::setHostUnit)
				.column("order", Cells.count(), WorkingGroup::getSortOrder, WorkingGroup::setSortOrder).mappedTo("sortOrder")
				.optional("remit", Cells.text(), WorkingGroup::getRemit, WorkingGroup::setRemit).build());
		add(RecordFormat.coded("positions", Position.class, Position::new)
				.column("title", Cells.text(), Position::getTitle, Position::setTitle)
				.column("role", Cells.choice(PositionRole.class), Position::getRole, Position::setRole)
				.reference("leading_group", LeadingGroup.class, Position::getLeadingGroup, Position::setLeadingGroup)
				.optionalReference("working_group", WorkingGroup.class, Position::getWorkingGroup, Position::setWorkingGroup)
				.optionalReference("holder", Person.class, Position::getHolder, Position::setHolder)
				.column("order", Cells.count(), Position::getSortOrder, Position::setSortOrder).mappedTo("sortOrder").build());

		add(RecordFormat.coded("checkpoints", Checkpoint.class, Checkpoint::new)
				.column("name", Cells.text(), Checkpoint::getName, Checkpoint::setName)
				.column("level", Cells.range(1, 4), Checkpoint::getLevel, Checkpoint::setLevel)
				.column("kind", Cells.choice(CheckpointKind.class), Checkpoint::getKind, Checkpoint::setKind)
				.optionalReference("township", Township.class, Checkpoint::getTownship, Checkpoint::setTownship)
				.optional("location", Cells.text(), Checkpoint::getLocation, Checkpoint::setLocation)
				.column("open", Cells.bool(), Checkpoint::isOpen, Checkpoint::setOpen)
				.column("two_way", Cells.bool(), Checkpoint::isTwoWay, Checkpoint::setTwoWay)
				.column("round_the_clock", Cells.bool(), Checkpoint::isRoundTheClock, Checkpoint::setRoundTheClock).build());
		add(RecordFormat.keyed("checkpoint-counts", CheckpointCount.class, CheckpointCount::new,
				c -> CheckpointCount.codeFor(c.getCheckpoint().getCode(), c.getDate()), "date,checkpoint")
				.column("date", Cells.date(), CheckpointCount::getDate, CheckpointCount::setDate)
				.reference("checkpoint", Checkpoint.class, CheckpointCount::getCheckpoint, CheckpointCount::setCheckpoint)
				.column("vehicles", Cells.count(), CheckpointCount::getVehicles, CheckpointCount::setVehicles)
				.column("persons", Cells.count(), CheckpointCount::getPersons, CheckpointCount::setPersons)
				.column("fever", Cells.count(), CheckpointCount::getFever, CheckpointCount::setFever)
				.exportOrder(Comparator.comparing(CheckpointCount::getDate).thenComparing(c -> c.getCheckpoint().getCode())).build());

		add(RecordFormat.coded("key-persons", KeyPerson.class, KeyPerson::new)
				.column("name", Cells.text(), KeyPerson::getName, KeyPerson::setName)
				.column("category", Cells.choice(KeyPersonCategory.class), KeyPerson::getCategory, KeyPerson::setCategory)
				.column("origin", Cells.text(), KeyPerson::getOrigin, KeyPerson::setOrigin)
				.reference("township", Township.class, KeyPerson::getTownship, KeyPerson::setTownship)
				.optionalReference("community", Community.class, KeyPerson::getCommunity, KeyPerson::setCommunity)
				.optional("arrived", Cells.date(), KeyPerson::getArrived, KeyPerson::setArrived)
				.optional("phone", Cells.text(), KeyPerson::getPhone, KeyPerson::setPhone).build());
		add(RecordFormat.coded("quarantines", Quarantine.class, Quarantine::new)
				.reference("key_person", KeyPerson.class, Quarantine::getKeyPerson, Quarantine::setKeyPerson)
				.column("kind", Cells.choice(QuarantineKind.class), Quarantine::getKind, Quarantine::setKind)
				.column("start", Cells.date(), Quarantine::getStart, Quarantine::setStart)
				.optional("end", Cells.date(), Quarantine::getEnd, Quarantine::setEnd)
				.optional("place", Cells.text(), Quarantine::getPlace, Quarantine::setPlace).build());
		add(RecordFormat.keyed("follow-up-members", FollowUpMember.class, FollowUpMember::new,
				m -> FollowUpMember.codeFor(m.getKeyPerson().getCode(), m.getRole()), "key_person,role")
				.reference("key_person", KeyPerson.class, FollowUpMember::getKeyPerson, FollowUpMember::setKeyPerson)
				.column("role", Cells.choice(FollowUpRole.class), FollowUpMember::getRole, FollowUpMember::setRole)
				.column("name", Cells.text(), FollowUpMember::getName, FollowUpMember::setName)
				.optional("phone", Cells.text(), FollowUpMember::getPhone, FollowUpMember::setPhone)
				.exportOrder(Comparator.comparing((FollowUpMember m) -> m.getKeyPerson().getCode()).thenComparing(FollowUpMember::getRole))
				.build());
		add(RecordFormat.keyed("temperature-reports", TemperatureReport.class, TemperatureReport::new,
				t -> TemperatureReport.codeFor(t.getKeyPerson().getCode(), t.getRole(), t.getDate()), "date,key_person,role")
				.column("date", Cells.date(), TemperatureReport::getDate, TemperatureReport::setDate)
				.reference("key_person", KeyPerson.class, TemperatureReport::getKeyPerson, TemperatureReport::setKeyPerson)
				.column("role", Cells.choice(FollowUpRole.class), TemperatureReport::getRole, TemperatureReport::setRole)
				.column("temperature_c", Cells.decimal(1, -1), TemperatureReport::getTemperatureC, TemperatureReport::setTemperatureC)
				.exportOrder(Comparator.comparing(TemperatureReport::getDate).thenComparing(t -> t.getKeyPerson().getCode())
						.thenComparing(TemperatureReport::getRole))
				.build());
		add(RecordFormat.keyed("daily-reports", DailyReport.class, DailyReport::new,
				r -> DailyReport.codeFor(r.getTownship().getCode(), r.getDate()), "date,township")
				.column("date", Cells.date(), DailyReport::getDate, DailyReport::setDate)
				.reference("township", Township.class, DailyReport::getTownship, DailyReport::setTownship)
				.column("key_persons_found", Cells.count(), DailyReport::getKeyPersonsFound, DailyReport::setKeyPersonsFound)
				.column("fever_found", Cells.count(), DailyReport::getFeverFound, DailyReport::setFeverFound)
				.optional("remarks", Cells.text(), DailyReport::getRemarks, DailyReport::setRemarks)
				.exportOrder(Comparator.comparing(DailyReport::getDate).thenComparing(r -> r.getTownship().getCode())).build());
		add(RecordFormat.keyed("fever-cases", FeverCase.class, FeverCase::new,
				f -> FeverCase.codeFor(f.getCheckpoint().getCode(), f.getDate(), f.getNumber()), "date,checkpoint,number")
				.column("date", Cells.date(), FeverCase::getDate, FeverCase::setDate)
				.reference("checkpoint", Checkpoint.class, FeverCase::getCheckpoint, FeverCase::setCheckpoint)
				.column("number", Cells.range(1, Integer.MAX_VALUE), FeverCase::getNumber, FeverCase::setNumber)
				.column("status", Cells.choice(FeverCaseStatus.class), FeverCase::getStatus, FeverCase::setStatus)
				.optional("person_name", Cells.text(), FeverCase::getPersonName, FeverCase::setPersonName)
				.optional("phone", Cells.text(), FeverCase::getPhone, FeverCase::setPhone)
				.optionalReference("key_person", KeyPerson.class, FeverCase::getKeyPerson, FeverCase::setKeyPerson)
				.optional("outcome", Cells.text(), FeverCase::getOutcome, FeverCase::setOutcome)
				.exportOrder(Comparator.comparing(FeverCase::getDate).thenComparing(f -> f.getCheckpoint().getCode())
						.thenComparingInt(FeverCase::getNumber))
				.build());

		add(RecordFormat.coded("building-leaders", BuildingLeader.class, BuildingLeader::new)
				.reference("community", Community.class, BuildingLeader::getCommunity, BuildingLeader::setCommunity)
				.column("name", Cells.text(), BuildingLeader::getName, BuildingLeader::setName)
				.optional("building", Cells.text(), BuildingLeader::getBuilding, BuildingLeader::setBuilding)
				.column("party_member", Cells.bool(), BuildingLeader::isPartyMember, BuildingLeader::setPartyMember).build());

		add(RecordFormat.coded("fever-clinics", FeverClinic.class, FeverClinic::new)
				.column("name", Cells.text(), FeverClinic::getName, FeverClinic::setName)
				.column("hospital", Cells.text(), FeverClinic::getHospital, FeverClinic::setHospital)
				.optionalReference("township", Township.class, FeverClinic::getTownship, FeverClinic::setTownship)
				.column("open_24h", Cells.bool(), FeverClinic::isOpen24h, FeverClinic::setOpen24h).build());
		add(RecordFormat.coded("medical-teams", MedicalTeam.class, MedicalTeam::new)
				.column("name", Cells.text(), MedicalTeam::getName, MedicalTeam::setName)
				.column("destination", Cells.text(), MedicalTeam::getDestination, MedicalTeam::setDestination)
				.optional("departed", Cells.date(), MedicalTeam::getDeparted, MedicalTeam::setDeparted).build());
		add(RecordFormat.coded("medical-team-members", MedicalTeamMember.class, MedicalTeamMember::new)
				.reference("team", MedicalTeam.class, MedicalTeamMember::getTeam, MedicalTeamMember::setTeam)
				.column("name", Cells.text(), MedicalTeamMember::getName, MedicalTeamMember::setName)
				.column("role", Cells.text(), MedicalTeamMember::getRole, MedicalTeamMember::setRole).build());

		add(RecordFormat.coded("donors", Donor.class, Donor::new)
				.column("name", Cells.text(), Donor::getName, Donor::setName)
				.column("kind", Cells.choice(DonorKind.class), Donor::getKind, Donor::setKind).build());
		add(new DonationsKind());
		add(RecordFormat.coded("material-items", MaterialItem.class, MaterialItem::new)
				.column("name", Cells.text(), MaterialItem::getName, MaterialItem::setName)
				.column("unit", Cells.text(), MaterialItem::getUnit, MaterialItem::setUnit).build());
		add(RecordFormat.coded("stock-receipts", StockReceipt.class, StockReceipt::new)
				.column("date", Cells.date(), StockReceipt::getDate, StockReceipt::setDate)
				.reference("item", MaterialItem.class, StockReceipt::getItem, StockReceipt::setItem)
				.column("quantity", Cells.count(), StockReceipt::getQuantity, StockReceipt::setQuantity)
				.optional("source", Cells.text(), StockReceipt::getSource, StockReceipt::setSource).check(new StockOnHand()).build());
		add(RecordFormat.coded("stock-issues", StockIssue.class, StockIssue::new)
				.column("date", Cells.date(), StockIssue::getDate, StockIssue::setDate)
				.reference("item", MaterialItem.class, StockIssue::getItem, StockIssue::setItem)
				.column("quantity", Cells.count(), StockIssue::getQuantity, StockIssue::setQuantity)
				.optionalReference("recipient_unit", CountyUnit.class, StockIssue::getRecipientUnit, StockIssue::setRecipientUnit)
				.optionalReference("recipient_township", Township.class, StockIssue::getRecipientTownship,
						StockIssue::setRecipientTownship)
				.check(new StockOnHand()).build());

		add(RecordFormat.coded("fund-allocations", FundAllocation.class, FundAllocation::new)
				.column("date", Cells.date(), FundAllocation::getDate, FundAllocation::setDate)
				.column("source", Cells.text(), FundAllocation::getSource, FundAllocation::setSource)
				.column("amount_yuan", Cells.yuan(), FundAllocation::getAmountYuan, FundAllocation::setAmountYuan)
				.column("purpose", Cells.text(), FundAllocation::getPurpose, FundAllocation::setPurpose).build());
		add(RecordFormat.coded("expenditures", Expenditure.class, Expenditure::new)
				.column("date", Cells.date(), Expenditure::getDate, Expenditure::setDate)
				.reference("allocation", FundAllocation.class, Expenditure::getAllocation, Expenditure::setAllocation)
				.column("amount_yuan", Cells.yuan(), Expenditure::getAmountYuan, Expenditure::setAmountYuan)
				.column("purpose", Cells.text(), Expenditure::getPurpose, Expenditure::setPurpose)
				.optional("payee", Cells.text(), Expenditure::getPayee, Expenditure::setPayee).build());

		add(RecordFormat.coded("publicity-items", PublicityItem.class, PublicityItem::new)
				.column("kind", Cells.choice(PublicityKind.class), PublicityItem::getKind, PublicityItem::setKind)
				.column("name", Cells.text(), PublicityItem::getName, PublicityItem::setName)
				.column("unit", Cells.text(), PublicityItem::getUnit, PublicityItem::setUnit).build());
		add(RecordFormat.coded("publicity-distributions", PublicityDistribution.class, PublicityDistribution::new)
				.column("date", Cells.date(), PublicityDistribution::getDate, PublicityDistribution::setDate)
				.reference("item", PublicityItem.class, PublicityDistribution::getItem, PublicityDistribution::setItem)
				.optionalReference("township", Township.class, PublicityDistribution::getTownship, PublicityDistribution::setTownship)
				.column("quantity", Cells.count(), PublicityDistribution::getQuantity, PublicityDistribution::setQuantity).build());

		add(RecordFormat.coded("schools", School.class, School::new)
				.column("name", Cells.text(), School::getName, School::setName)
				.reference("township", Township.class, School::getTownship, School::setTownship)
				.column("stage", Cells.choice(SchoolStage.class), School::getStage, School::setStage)
				.column("reopening_plan", Cells.bool(), School::isReopeningPlan, School::setReopeningPlan)
				.column("disinfectant_litres", Cells.decimal(1, -1), School::getDisinfectantLitres, School::setDisinfectantLitres)
				.column("online_teaching", Cells.bool(), School::isOnlineTeaching, School::setOnlineTeaching)
				.column("online_classes", Cells.count(), School::getOnlineClasses, School::setOnlineClasses)
				.column("online_teachers", Cells.count(), School::getOnlineTeachers, School::setOnlineTeachers)
				.column("online_hours_per_day", Cells.range(0, 24), School::getOnlineHoursPerDay, School::setOnlineHoursPerDay)
				.build());

		add(RecordFormat.coded("meetings", Meeting.class, Meeting::new)
				.column("date", Cells.date(), Meeting::getDate, Meeting::setDate)
				.column("title", Cells.text(), Meeting::getTitle, Meeting::setTitle)
				.column("kind", Cells.choice(MeetingKind.class), Meeting::getKind, Meeting::setKind)
				.optional("remarks", Cells.text(), Meeting::getRemarks, Meeting::setRemarks).build());
		add(RecordFormat.coded("documents", OfficeDocument.class, OfficeDocument::new)
				.column("date", Cells.date(), OfficeDocument::getDate, OfficeDocument::setDate)
				.optional("number", Cells.text(), OfficeDocument::getNumber, OfficeDocument::setNumber)
				.column("title", Cells.text(), OfficeDocument::getTitle, OfficeDocument::setTitle)
				.column("kind", Cells.choice(DocumentKind.class), OfficeDocument::getKind, OfficeDocument::setKind)
				.optional("effective_from", Cells.date(), OfficeDocument::getEffectiveFrom, OfficeDocument::setEffectiveFrom).build());

		add(RecordFormat.coded("inspections", Inspection.class, Inspection::new)
				.column("date", Cells.date(), Inspection::getDate, Inspection::setDate)
				.column("target", Cells.text(), Inspection::getTarget, Inspection::setTarget)
				.optionalReference("township", Township.class, Inspection::getTownship, Inspection::setTownship)
				.column("unannounced", Cells.bool(), Inspection::isUnannounced, Inspection::setUnannounced)
				.optional("inspectors", Cells.text(), Inspection::getInspectors, Inspection::setInspectors).build());
		add(RecordFormat.coded("findings", Finding.class, Finding::new)
				.reference("inspection", Inspection.class, Finding::getInspection, Finding::setInspection)
				.column("description", Cells.text(), Finding::getDescription, Finding::setDescription)
				.column("severity", Cells.choice(FindingSeverity.class), Finding::getSeverity, Finding::setSeverity).build());
		add(RecordFormat.coded("rectifications", Rectification.class, Rectification::new)
				.reference("finding", Finding.class, Rectification::getFinding, Rectification::setFinding)
				.column("status", Cells.choice(RectificationStatus.class), Rectification::getStatus, Rectification::setStatus)
				.optional("due", Cells.date(), Rectification::getDue, Rectification::setDue)
				.optional("done_on", Cells.date(), Rectification::getDoneOn, Rectification::setDoneOn)
				.optional("remarks", Cells.text(), Rectification::getRemarks, Rectification::setRemarks).build());

		add(RecordFormat.coded("volunteer-teams", VolunteerTeam.class, VolunteerTeam::new)
				.column("name", Cells.text(), VolunteerTeam::getName, VolunteerTeam::setName)
				.optional("organiser", Cells.text(), VolunteerTeam::getOrganiser, VolunteerTeam::setOrganiser)
				.optional("remarks", Cells.text(), VolunteerTeam::getRemarks, VolunteerTeam::setRemarks).build());
		add(RecordFormat.coded("volunteers", Volunteer.class, Volunteer::new)
				.column("name", Cells.text(), Volunteer::getName, Volunteer::setName)
				.reference("team", VolunteerTeam.class, Volunteer::getTeam, Volunteer::setTeam)
				.optional("phone", Cells.text(), Volunteer::getPhone, Volunteer::setPhone).build());
	}

	private RecordKinds() {
	}

	private static void add(RecordKind kind) {
		KINDS.put(kind.name(), kind);
	}

	private static void describe(Class<? extends CordonEntity> type, String description) {
		DESCRIPTIONS.put(type, description);
	}

	/** Every kind, in the order an empty database imports them. */
	public static List<RecordKind> all() {
		return List.copyOf(KINDS.values());
	}

	public static Optional<RecordKind> named(String name) {
		return Optional.ofNullable(KINDS.get(name));
	}

	/**
	 * The columns an editor's table shows for a kind: the kind's own when its file maps column by
	 * column onto its records, else the records' own columns. The donations ledger names donors
	 * and pairings are keyed by unit and community; their tables show each stored record by its code.
	 */
	public static Optional<RecordFormat<?>> table(String name) {
		if (KINDS.get(name) instanceof RecordFormat<?> format) {
			return Optional.of(format);
		}
		return switch (name) {
		case "donations" -> Optional.of(RecordFormat.coded("donations", Donation.class, Donation::new)
				.column("date", Cells.date(), Donation::getDate, Donation::setDate)
				.reference("donor", Donor.class, Donation::getDonor, Donation::setDonor)
				.optional("cash_yuan", Cells.yuan(), Donation::getCashYuan, Donation::setCashYuan)
				.optional("item", Cells.text(), Donation::getItem, Donation::setItem)
				.optional("quantity", Cells.count(), Donation::getQuantity, Donation::setQuantity)
				.optional("unit", Cells.text(), Donation::getUnit, Donation::setUnit).build());
		case "pairings" -> Optional.of(RecordFormat.coded("pairings", Pairing.class, Pairing::new)
				.reference("unit", CountyUnit.class, Pairing::getUnit, Pairing::setUnit)
				.reference("community", Community.class, Pairing::getCommunity, Pairing::setCommunity)
				.optional("since", Cells.date(), Pairing::getSince, Pairing::setSince).build());
		default -> Optional.empty();
		};
	}

	/** The words a message uses for a record type, e.g. "county unit". */
	static String describe(Class<?> type) {
		String description = DESCRIPTIONS.get(type);
		return description != null ? description : type.getSimpleName();
	}
}
