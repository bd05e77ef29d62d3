package org.cordon.model.checkpoints;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.range;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A checkpoint (卡口) where vehicles and people are checked and their temperatures taken. */
@Entity
@Table(name = "CHECKPOINT")
public class Checkpoint extends CordonEntity {

	public static final int MIN_LEVEL = 1;
	public static final int MAX_LEVEL = 4;

	@Column(nullable = false, length = 200)
	private String name;

	/** 1 to 4 as the county grades its checkpoints; 0 only while a new record is filled in. */
	@Column(name = "CHECKPOINT_LEVEL", nullable = false)
	private int level;

	@Enumerated(EnumType.STRING)
	@Column(name = "KIND", nullable = false, length = 32)
	private CheckpointKind kind;

	@ManyToOne
	@JoinColumn(name = "TOWNSHIP_ID")
	private Township township;

	@Column(length = 200)
	private String location;

	@Column(name = "IS_OPEN", nullable = false)
	private boolean open;

	/** Checks traffic in both directions, not only traffic entering the county. */
	@Column(nullable = false)
	private boolean twoWay;

	@Column(nullable = false)
	private boolean roundTheClock;

	public Checkpoint() {
	}

	public Checkpoint(String code, String name, int level, CheckpointKind kind) {
		super(code);
		setName(name);
		setLevel(level);
		setKind(kind);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requiredText(name, 200, "name");
	}

	public int getLevel() {
		return level;
	}

	public void setLevel(int level) {
		this.level = range(level, MIN_LEVEL, MAX_LEVEL, "level");
	}

	public CheckpointKind getKind() {
		return kind;
	}

	public void setKind(CheckpointKind kind) {
		this.kind = required(kind, "kind");
	}

	/** The township the checkpoint stands in, or {@code null} for one the county runs itself. */
	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = township;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = optionalText(location, 200, "location");
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public boolean isTwoWay() {
		return twoWay;
	}

	public void setTwoWay(boolean twoWay) {
		this.twoWay = twoWay;
	}

	public boolean isRoundTheClock() {
		return roundTheClock;
	}

	public void setRoundTheClock(boolean roundTheClock) {
		this.roundTheClock = roundTheClock;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(name, "name");
		range(level, MIN_LEVEL, MAX_LEVEL, "level");
		required(kind, "kind");
	}

	@Override
	public String getDisplayName() {
		return label(name);
	}
}
