package org.cordon.model.organisation;

import java.time.LocalDate;
import java.util.Objects;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

	protected Pairing() {
	}

	public Pairing(String code, CountyUnit unit, Community community) {
		super(code);
		setUnit(unit);
		this.community = Objects.requireNonNull(community, "community is required");
	}

	public CountyUnit getUnit() {
		return unit;
	}

	/** Re-pairs the community with another unit. */
	public void setUnit(CountyUnit unit) {
		this.unit = Objects.requireNonNull(unit, "unit is required");
	}

	public Community getCommunity() {
		return community;
	}

	public LocalDate getSince() {
		return since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	@Override
	public String getDisplayName() {
		return unit.getName() + " → " + community.getName();
	}
}
