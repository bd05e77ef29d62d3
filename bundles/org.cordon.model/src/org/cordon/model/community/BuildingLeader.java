package org.cordon.model.community;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A building leader (楼长) who watches one building of a community for the community control group. */
@Entity
@Table(name = "BUILDING_LEADER")
public class BuildingLeader extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "COMMUNITY_ID", nullable = false)
	private Community community;

	@Column(nullable = false, length = 100)
	private String name;

	/** The building, e.g. 3号楼; empty when the leader answers for the whole community. */
	@Column(length = 100)
	private String building;

	@Column(nullable = false)
	private boolean partyMember;

	public BuildingLeader() {
	}

	public BuildingLeader(String code, Community community, String name) {
		super(code);
		setCommunity(community);
		setName(name);
	}

	public Community getCommunity() {
		return community;
	}

	public void setCommunity(Community community) {
		this.community = required(community, "community");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 100, "name");
	}

	public String getBuilding() {
		return building;
	}

	public void setBuilding(String building) {
		this.building = optionalText(building, 100, "building");
	}

	/** A member of the Communist Party (党员); the county asks for party members as building leaders. */
	public boolean isPartyMember() {
		return partyMember;
	}

	public void setPartyMember(boolean partyMember) {
		this.partyMember = partyMember;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(community, "community");
		required(name, "name");
	}

	@Override
	public String getDisplayName() {
		return label(name, building == null ? null : "(" + building + ")");
	}
}
