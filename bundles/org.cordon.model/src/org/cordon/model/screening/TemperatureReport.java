package org.cordon.model.screening;

import static org.cordon.model.ModelRules.range;
import static org.cordon.model.ModelRules.required;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A key person's temperature on a day as one of the five follow-up members confirmed it (体温报告). */
@Entity
// By date and id: the order a table of them opens in, read from the index alone (a million ids in a second, not four).
// A day's cells: what the temperature board shows of a day, read from the index alone in one range.
@Table(name = "TEMPERATURE_REPORT", uniqueConstraints = @UniqueConstraint(name = "TEMPERATURE_REPORT_DAY", columnNames = {"REPORT_DATE", "KEY_PERSON_ID", "ROLE"}),
		indexes = { @Index(name = "TEMPERATURE_REPORT_BY_DATE", columnList = "REPORT_DATE, ID"),
				@Index(name = TemperatureReport.DAY_CELLS_INDEX, columnList = "REPORT_DATE, KEY_PERSON_ID, ROLE, TEMPERATURE_C, VERSION, ID") })
public class TemperatureReport extends CordonEntity {

	/** The index of a day's cells: date, key person, role, temperature, version and id. */
	public static final String DAY_CELLS_INDEX = "TEMPERATURE_REPORT_DAY_CELLS";

	public static final BigDecimal MIN_TEMPERATURE_C = new BigDecimal("34.0");
	public static final BigDecimal MAX_TEMPERATURE_C = new BigDecimal("43.0");
	/** From this temperature on a key person has a fever (发热, 37.3 °C and above) and is reported at once. */
	public static final BigDecimal FEVER_FROM_C = new BigDecimal("37.3");
	private static final int TEMPERATURE_SCALE = 1;

	@Column(name = "REPORT_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "KEY_PERSON_ID", nullable = false)
	private KeyPerson keyPerson;

	@Enumerated(EnumType.STRING)
	@Column(name = "ROLE", nullable = false, length = 32)
	private FollowUpRole role;

	@Column(name = "TEMPERATURE_C", nullable = false, precision = 4, scale = TEMPERATURE_SCALE)
	private BigDecimal temperatureC;

	public TemperatureReport() {
	}

	public TemperatureReport(LocalDate date, KeyPerson keyPerson, FollowUpRole role, BigDecimal temperatureC) {
		setDate(date);
		setKeyPerson(keyPerson);
		setRole(role);
		setTemperatureC(temperatureC);
		setCode(codeFor(keyPerson.getCode(), role, date));
	}

	/** The code of a role's report on a key person for a day, e.g. {@code KP-17/village_doctor@2020-02-03}. */
	public static String codeFor(String keyPersonCode, FollowUpRole role, LocalDate date) {
		return FollowUpMember.codeFor(keyPersonCode, role) + "@" + required(date, "date");
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public KeyPerson getKeyPerson() {
		return keyPerson;
	}

	public void setKeyPerson(KeyPerson keyPerson) {
		this.keyPerson = required(keyPerson, "key_person");
	}

	public FollowUpRole getRole() {
		return role;
	}

	public void setRole(FollowUpRole role) {
		this.role = required(role, "role");
	}

	public BigDecimal getTemperatureC() {
		return temperatureC;
	}

	/** From 34.0 to 43.0 °C with at most one decimal place; anything else is a typing error. */
	public void setTemperatureC(BigDecimal temperatureC) {
		this.temperatureC = range(temperatureC, MIN_TEMPERATURE_C, MAX_TEMPERATURE_C, TEMPERATURE_SCALE, "temperature_c")
				.setScale(TEMPERATURE_SCALE);
	}

	public boolean isFever() {
		return temperatureC != null && temperatureC.compareTo(FEVER_FROM_C) >= 0;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		required(date, "date");
		required(keyPerson, "key_person");
		required(role, "role");
		deriveCode(codeFor(keyPerson.getCode(), role, date));
		super.validate();
		required(temperatureC, "temperature_c");
	}

	@Override
	public String getDisplayName() {
		return label(keyPerson, date, temperatureC == null ? null : temperatureC.toPlainString() + " °C");
	}
}
