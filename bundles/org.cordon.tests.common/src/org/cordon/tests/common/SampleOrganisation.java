package org.cordon.tests.common;

import java.time.LocalDate;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;

/**
 * A small organisation in the shape of Lin County's: a leading group with joint leaders, the
 * office and two groups, two townships with three communities, two units and two pairings, so
 * that one community is left unpaired. Built fresh on each call; the prefix keeps codes unique
 * when a test stores several.
 */
public final class SampleOrganisation {

	public final LeadingGroup leadingGroup;
	public final CountyUnit healthBureau;
	public final CountyUnit housingBureau;
	public final Person secretary;
	public final Person countyHead;
	public final Person officeDirector;
	public final WorkingGroup office;
	public final WorkingGroup checkpoints;
	public final WorkingGroup supervision;
	public final Position jointLeaderSecretary;
	public final Position jointLeaderHead;
	public final Position officeHead;
	public final Position checkpointsHead;
	public final Township linquan;
	public final Township baiwen;
	public final Community wananyuan;
	public final Community yuanbei;
	public final Community unpaired;
	public final Pairing wananyuanPairing;
	public final Pairing yuanbeiPairing;

	public SampleOrganisation(String prefix) {
		leadingGroup = new LeadingGroup(prefix + "LG", "临县疫情防控工作领导小组");
		healthBureau = new CountyUnit(prefix + "U-HEALTH", "县卫健局");
		housingBureau = new CountyUnit(prefix + "U-HOUSING", "县住建局");
		secretary = new Person(prefix + "P-1", "王县委书记");
		secretary.setJobTitle("县委书记");
		countyHead = new Person(prefix + "P-2", "李县长");
		countyHead.setJobTitle("县长");
		officeDirector = new Person(prefix + "P-3", "张局长");
		officeDirector.setJobTitle("县卫健局局长");
		officeDirector.setUnit(healthBureau);
		office = new WorkingGroup(prefix + "G-OFFICE", "领导小组办公室", WorkingGroupKind.OFFICE, leadingGroup);
		office.setHostUnit(healthBureau);
		checkpoints = new WorkingGroup(prefix + "G-CHECKPOINTS", "卡口检疫组", WorkingGroupKind.GROUP, leadingGroup);
		checkpoints.setSortOrder(1);
		supervision = new WorkingGroup(prefix + "G-SUPERVISION", "督导检查组", WorkingGroupKind.GROUP, leadingGroup);
		supervision.setSortOrder(9);
		jointLeaderSecretary = new Position(prefix + "POS-1", "组长", PositionRole.JOINT_LEADER, leadingGroup);
		jointLeaderSecretary.setHolder(secretary);
		jointLeaderHead = new Position(prefix + "POS-2", "组长", PositionRole.JOINT_LEADER, leadingGroup);
		jointLeaderHead.setHolder(countyHead);
		jointLeaderHead.setSortOrder(1);
		officeHead = new Position(prefix + "POS-3", "办公室主任", PositionRole.GROUP_HEAD, office);
		officeHead.setHolder(officeDirector);
		checkpointsHead = new Position(prefix + "POS-4", "组长", PositionRole.GROUP_HEAD, checkpoints);
		linquan = new Township(prefix + "T-LINQUAN", "临泉镇", TownshipKind.TOWN);
		baiwen = new Township(prefix + "T-BAIWEN", "白文镇", TownshipKind.TOWN);
		baiwen.setSortOrder(1);
		wananyuan = new Community(prefix + "C-1", "湫水万安苑", linquan);
		wananyuan.setHouseholds(1200);
		yuanbei = new Community(prefix + "C-2", "元倍花园", linquan);
		unpaired = new Community(prefix + "C-3", "白文新区", baiwen);
		wananyuanPairing = new Pairing(prefix + "PAIR-1", housingBureau, wananyuan);
		wananyuanPairing.setSince(LocalDate.of(2020, 1, 27));
		yuanbeiPairing = new Pairing(prefix + "PAIR-2", healthBureau, yuanbei);
	}

	/** Every record, each after the records it refers to. */
	public List<CordonEntity> inStoringOrder() {
		return List.of(leadingGroup, healthBureau, housingBureau, secretary, countyHead, officeDirector, office, checkpoints,
				supervision, jointLeaderSecretary, jointLeaderHead, officeHead, checkpointsHead, linquan, baiwen, wananyuan,
				yuanbei, unpaired, wananyuanPairing, yuanbeiPairing);
	}
}
