package org.cordon.model.checkpoints;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A checkpoint's count for one day (卡口每日登记): vehicles and persons checked, and persons with fever. */
// The table's and columns' names are fixed: the daily tally also writes this table over JDBC.
// The code is derived from the checkpoint's code and the date, whose pair is unique already; a
// second unique index over a million text codes would double the cost of a bulk load.
@Entity
@AttributeOverride(name = "code", column = @Column(name = "CODE", nullable = false, length = CordonEntity.CODE_LENGTH))
// By date and id: the order a table of them opens in, read from the index alone (a million ids in a second, not four).
@Table(name = "CHECKPOINT_COUNT", uniqueConstraints = @UniqueConstraint(name = "CHECKPOINT_COUNT_DAY", columnNames = {"COUNT_DATE", "CHECKPOINT_ID"}),
		indexes = @Index(name = "CHECKPOINT_COUNT_BY_DATE", columnList = "COUNT_DATE, ID"))
public class CheckpointCount extends CordonEntity {

	@Column(name = "COUNT_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "CHECKPOINT_ID", nullable = false)
	private Checkpoint checkpoint;

	@Column(name = "VEHICLES", nullable = false)
	private int vehicles;

	@Column(name = "PERSONS", nullable = false)
	private int persons;

	@Column(name = "FEVER", nullable = false)
	private int fever;

	public CheckpointCount() {
	}

	public CheckpointCount(LocalDate date, Checkpoint checkpoint) {
		setDate(date);
		setCheckpoint(checkpoint);
		setCode(codeFor(checkpoint.getCode(), date));
	}

	/** The code of the count of a checkpoint on a day, e.g. {@code KK-03@2020-02-01}. */
	public static String codeFor(String checkpointCode, LocalDate date) {
		return requiredText(checkpointCode, "checkpoint") + "@" + required(date, "date");
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public Checkpoint getCheckpoint() {
		return checkpoint;
	}

	public void setCheckpoint(Checkpoint checkpoint) {
		this.checkpoint = required(checkpoint, "checkpoint");
	}

	public int getVehicles() {
		return vehicles;
	}

	public void setVehicles(int vehicles) {
		this.vehicles = count(vehicles, "vehicles");
	}

	public int getPersons() {
		return persons;
	}

	public void setPersons(int persons) {
		this.persons = count(persons, "persons");
	}

	/** Persons found with fever; they are among the persons checked. */
	public int getFever() {
		return fever;
	}

	public void setFever(int fever) {
		this.fever = count(fever, "fever");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		required(date, "date");
		required(checkpoint, "checkpoint");
		deriveCode(codeFor(checkpoint.getCode(), date));
		super.validate();
		if (fever > persons) {
			throw new InvalidValueException("fever", "exceeds", fever, "persons", persons);
		}
	}

	@Override
	public String getDisplayName() {
		return label(checkpoint, date);
	}
}
