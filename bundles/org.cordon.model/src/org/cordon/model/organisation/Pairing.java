package org.cordon.model.organisation;

import static org.cordon.model.ModelRules.required;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * 包联: a county unit answers for a community. Every community must be covered by one unit;
 * a unit may cover several communities.
 */
@Entity
@Table(name = "PAIRING", uniqueConstraints = @UniqueConstraint(name = "PAIRING_ONE_UNIT_PER_COMMUNITY", columnNames = "COMMUNITY_ID"))
public class Pairing extends CordonEntity {

	@ManyToOne(optional = false)
	@JoinColumn(name = "UNIT_ID", nullable = false)
	private CountyUnit unit;

	@ManyToOne(optional = false)
	@JoinColumn(name = "COMMUNITY_ID", nullable = false)
	private Community community;

	@Column
	private LocalDate since;

	public Pairing() {
	}

	public Pairing(String code, CountyUnit unit, Community community) {
		super(code);
		setUnit(unit);
		setCommunity(community);
	}

	public CountyUnit getUnit() {
		return unit;
	}

	/** Re-pairs the community with another unit. */
	public void setUnit(CountyUnit unit) {
		this.unit = required(unit, "unit");
	}

	public Community getCommunity() {
		return community;
	}

	public void setCommunity(Community community) {
		this.community = required(community, "community");
	}

	public LocalDate getSince() {
		return since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(unit, "unit");
		required(community, "community");
	}

	@Override
	public String getDisplayName() {
		return label(unit, "→", community);
	}
}
