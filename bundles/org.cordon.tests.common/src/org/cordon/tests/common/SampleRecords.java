package org.cordon.tests.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.community.BuildingLeader;
import org.cordon.model.diagram.DiagramPosition;
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
 * One record of every kind the working groups keep, on top of a {@link SampleOrganisation},
 * with the optional fields filled in so that a round trip through the database covers every
 * column. Built fresh on each call; the prefix keeps codes (and names, where unique) apart.
 */
public final class SampleRecords {

	public static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	public final SampleOrganisation organisation;
	public final Checkpoint expresswayExit;
	public final CheckpointCount expresswayExitCount;
	public final KeyPerson student;
	public final Quarantine studentQuarantine;
	public final FollowUpMember villageDoctor;
	public final TemperatureReport villageDoctorReport;
	public final DailyReport linquanReport;
	public final FeverCase feverAtExpresswayExit;
	public final DiagramPosition pinnedWananyuan;
	public final BuildingLeader buildingLeader;
	public final FeverClinic feverClinic;
	public final MedicalTeam medicalTeam;
	public final MedicalTeamMember physician;
	public final Donor coalCompany;
	public final Donation cashAndMilk;
	public final MaterialItem masks;
	public final StockReceipt masksIn;
	public final StockIssue masksToLinquan;
	public final FundAllocation countyFunds;
	public final Expenditure tents;
	public final PublicityItem handbook;
	public final PublicityDistribution handbooksInLinquan;
	public final School middleSchool;
	public final Meeting firstMeeting;
	public final OfficeDocument checkpointNotice;
	public final Inspection nightInspection;
	public final Finding tooFewGuards;
	public final Rectification moreGuards;
	public final VolunteerTeam youthTeam;
	public final Volunteer volunteer;

	public SampleRecords(String prefix) {
		organisation = new SampleOrganisation(prefix);
		expresswayExit = new Checkpoint(prefix + "KK-03", "白文高速口", 1, CheckpointKind.EXPRESSWAY_EXIT);
		expresswayExit.setTownship(organisation.baiwen);
		expresswayExit.setLocation("青银高速白文出口");
		expresswayExit.setOpen(true);
		expresswayExit.setTwoWay(true);
		expresswayExit.setRoundTheClock(true);
		expresswayExitCount = new CheckpointCount(FEB_1, expresswayExit);
		expresswayExitCount.setVehicles(412);
		expresswayExitCount.setPersons(873);
		expresswayExitCount.setFever(2);

		student = new KeyPerson(prefix + "KP-17", "刘某", KeyPersonCategory.STUDENT, "湖北武汉", organisation.linquan);
		student.setCommunity(organisation.wananyuan);
		student.setArrived(LocalDate.of(2020, 1, 21));
		student.setPhone("139-0000-0017");
		studentQuarantine = new Quarantine(prefix + "Q-1", student, QuarantineKind.HOME, LocalDate.of(2020, 1, 22));
		studentQuarantine.setEnd(LocalDate.of(2020, 2, 5));
		studentQuarantine.setPlace("湫水万安苑 3号楼");
		villageDoctor = new FollowUpMember(student, FollowUpRole.VILLAGE_DOCTOR, "李村医");
		villageDoctor.setPhone("139-0000-0100");
		villageDoctorReport = new TemperatureReport(FEB_1, student, FollowUpRole.VILLAGE_DOCTOR, new BigDecimal("36.5"));
		linquanReport = new DailyReport(FEB_1, organisation.linquan);
		linquanReport.setKeyPersonsFound(3);
		linquanReport.setFeverFound(1);
		linquanReport.setRemarks("均已落实居家隔离");
		feverAtExpresswayExit = new FeverCase(FEB_1, expresswayExit, 1);
		feverAtExpresswayExit.setStatus(FeverCaseStatus.FOLLOWED_UP);
		feverAtExpresswayExit.setPersonName("刘某");
		feverAtExpresswayExit.setPhone("139-0000-0017");
		feverAtExpresswayExit.setKeyPerson(student);
		feverAtExpresswayExit.setOutcome("复测体温正常，居家隔离观察");

		pinnedWananyuan = new DiagramPosition("pairing", organisation.wananyuan.getCode(), 120.0, 48.5);

		buildingLeader = new BuildingLeader(prefix + "BL-1", organisation.wananyuan, "赵楼长");
		buildingLeader.setBuilding("3号楼");
		buildingLeader.setPartyMember(true);

		feverClinic = new FeverClinic(prefix + "FC-1", "县人民医院发热门诊", "临县人民医院");
		feverClinic.setTownship(organisation.linquan);
		feverClinic.setOpen24h(true);
		medicalTeam = new MedicalTeam(prefix + "MT-1", "第一批援鄂医疗队", "湖北孝感");
		medicalTeam.setDeparted(LocalDate.of(2020, 2, 9));
		physician = new MedicalTeamMember(prefix + "MT-1-1", medicalTeam, "王医生", "ICU deputy chief physician");

		coalCompany = new Donor(prefix + "D-1", prefix + "某某煤业有限公司", DonorKind.COMPANY);
		cashAndMilk = new Donation(prefix + "DN-1", FEB_1, coalCompany, new BigDecimal("50000.5"));
		cashAndMilk.setGoods("牛奶", 200, "箱");
		masks = new MaterialItem(prefix + "M-MASK", "口罩", "只");
		masksIn = new StockReceipt(prefix + "SR-1", FEB_1, masks, 20000);
		masksIn.setSource("省疫情防控指挥部调拨");
		masksToLinquan = new StockIssue(prefix + "SI-1", FEB_1, masks, 5000, organisation.linquan);

		countyFunds = new FundAllocation(prefix + "FA-1", LocalDate.of(2020, 1, 30), "县级财政", new BigDecimal("3000000"),
				"防控物资采购");
		tents = new Expenditure(prefix + "EX-1", FEB_1, countyFunds, new BigDecimal("12800.50"), "卡口帐篷");
		tents.setPayee("某某商贸公司");

		handbook = new PublicityItem(prefix + "PI-1", PublicityKind.HANDBOOK, "新冠肺炎预防手册", "册");
		handbooksInLinquan = new PublicityDistribution(prefix + "PD-1", FEB_1, handbook, 3000);
		handbooksInLinquan.setTownship(organisation.linquan);

		middleSchool = new School(prefix + "S-1", "临县第一中学", organisation.linquan, SchoolStage.COMPLETE, new BigDecimal("120.5"));
		middleSchool.setReopeningPlan(true);
		middleSchool.setOnlineTeaching(true);
		middleSchool.setOnlineClasses(36);
		middleSchool.setOnlineTeachers(110);
		middleSchool.setOnlineHoursPerDay(4);

		firstMeeting = new Meeting(prefix + "M-1", LocalDate.of(2020, 1, 25), "领导小组第一次会议", MeetingKind.LEADING_GROUP);
		firstMeeting.setRemarks("部署卡口设置");
		checkpointNotice = new OfficeDocument(prefix + "DOC-1", LocalDate.of(2020, 1, 26), "关于加强卡口管理的通知", DocumentKind.NOTICE);
		checkpointNotice.setNumber("临疫防发〔2020〕3号");
		checkpointNotice.setEffectiveFrom(LocalDate.of(2020, 1, 27));

		nightInspection = new Inspection(prefix + "IN-1", LocalDate.of(2020, 2, 5), "白文镇高速口卡点");
		nightInspection.setTownship(organisation.baiwen);
		nightInspection.setUnannounced(true);
		nightInspection.setInspectors("督导组 张某 李某");
		tooFewGuards = new Finding(prefix + "F-1", nightInspection, "夜间值守人员不足", FindingSeverity.MAJOR);
		moreGuards = new Rectification(prefix + "R-1", tooFewGuards, RectificationStatus.DONE);
		moreGuards.setDue(LocalDate.of(2020, 2, 8));
		moreGuards.setDoneOn(LocalDate.of(2020, 2, 7));
		moreGuards.setRemarks("增派两名民警");

		youthTeam = new VolunteerTeam(prefix + "VT-1", "青年志愿服务队");
		youthTeam.setOrganiser("团县委");
		youthTeam.setRemarks("协助卡口测温登记");
		volunteer = new Volunteer(prefix + "V-1", "郭某", youthTeam);
		volunteer.setPhone("139-0000-0200");
	}

	/** Every record, the organisation's first, each after the records it refers to. */
	public List<CordonEntity> inStoringOrder() {
		List<CordonEntity> records = new ArrayList<>(organisation.inStoringOrder());
		records.addAll(List.of(expresswayExit, expresswayExitCount, student, studentQuarantine, villageDoctor,
				villageDoctorReport, linquanReport, feverAtExpresswayExit, buildingLeader, feverClinic, medicalTeam, physician, coalCompany,
				cashAndMilk, masks, masksIn, masksToLinquan, countyFunds, tents, handbook, handbooksInLinquan, middleSchool,
				firstMeeting, checkpointNotice, nightInspection, tooFewGuards, moreGuards, youthTeam, volunteer, pinnedWananyuan));
		return records;
	}
}
