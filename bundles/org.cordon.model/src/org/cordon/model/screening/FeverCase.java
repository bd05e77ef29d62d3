package org.cordon.model.screening;

import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.range;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.Checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One person found with fever at a checkpoint on a day, whom the screening group must follow up
 * (发热人员跟进). A checkpoint's daily count opens one case per person with fever; the cases of a
 * checkpoint and day are numbered from 1.
 */
@Entity
@Table(name = "FEVER_CASE", uniqueConstraints = @UniqueConstraint(name = "FEVER_CASE_NUMBER", columnNames = {"CASE_DATE", "CHECKPOINT_ID", "CASE_NUMBER"}))
public class FeverCase extends CordonEntity {

	@Column(name = "CASE_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "CHECKPOINT_ID", nullable = false)
	private Checkpoint checkpoint;

	@Column(name = "CASE_NUMBER", nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FeverCaseStatus status = FeverCaseStatus.OPEN;

	@Column(length = 100)
	private String personName;

	@Column(length = 40)
	private String phone;

	@ManyToOne
	@JoinColumn(name = "KEY_PERSON_ID")
	private KeyPerson keyPerson;

	@Column(length = 2000)
	private String outcome;

	public FeverCase() {
	}

	/** Case {@code number} of the checkpoint on the day, open. */
	public FeverCase(LocalDate date, Checkpoint checkpoint, int number) {
		setDate(date);
		setCheckpoint(checkpoint);
		setNumber(number);
		setCode(codeFor(checkpoint.getCode(), date, number));
	}

	/** The code of a checkpoint's case on a day, e.g. {@code KK-03@2020-02-01#2}. */
	public static String codeFor(String checkpointCode, LocalDate date, int number) {
		return requiredText(checkpointCode, "checkpoint") + "@" + required(date, "date") + "#" + number;
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

	/** The case's number among the checkpoint's cases of the day, from 1. */
	public int getNumber() {
		return number;
	}

	public void setNumber(int number) {
		this.number = range(number, 1, Integer.MAX_VALUE, "number");
	}

	public FeverCaseStatus getStatus() {
		return status;
	}

	public void setStatus(FeverCaseStatus status) {
		this.status = required(status, "status");
	}

	/** The person's name once known; a checkpoint often records only that someone had fever. */
	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = optionalText(personName, 100, "person_name");
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = optionalText(phone, 40, "phone");
	}

	/** The key person the case turned out to be, once identified. */
	public KeyPerson getKeyPerson() {
		return keyPerson;
	}

	public void setKeyPerson(KeyPerson keyPerson) {
		this.keyPerson = keyPerson;
	}

	/** What the follow-up found or decided (e.g. sent to the fever clinic, normal on re-check). */
	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = optionalText(outcome, 2000, "outcome");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		required(date, "date");
		required(checkpoint, "checkpoint");
		range(number, 1, Integer.MAX_VALUE, "number");
		deriveCode(codeFor(checkpoint.getCode(), date, number));
		super.validate();
		required(status, "status");
		// A closed case without a word on why cannot be told apart from one closed by mistake.
		if (status == FeverCaseStatus.CLOSED && outcome == null) {
			throw new InvalidValueException("outcome", "closedWithoutOutcome");
		}
	}

	@Override
	public String getDisplayName() {
		return label(checkpoint, date, number > 0 ? "#" + number : null, personName);
	}
}
