package org.cordon.model.screening;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A township's screening report for a day (日报告); one that found nothing is its zero report (零报告). */
@Entity
@Table(name = "DAILY_REPORT", uniqueConstraints = @UniqueConstraint(name = "DAILY_REPORT_DAY", columnNames = {"REPORT_DATE", "TOWNSHIP_ID"}))
public class DailyReport extends CordonEntity {

	@Column(name = "REPORT_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "TOWNSHIP_ID", nullable = false)
	private Township township;

	@Column(nullable = false)
	private int keyPersonsFound;

	@Column(nullable = false)
	private int feverFound;

	@Column(length = 2000)
	private String remarks;

	public DailyReport() {
	}

	public DailyReport(LocalDate date, Township township) {
		setDate(date);
		setTownship(township);
		setCode(codeFor(township.getCode(), date));
	}

	/** The code of a township's report for a day, e.g. {@code T-LINQUAN@2020-02-03}. */
	public static String codeFor(String townshipCode, LocalDate date) {
		return requiredText(townshipCode, "township") + "@" + required(date, "date");
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = required(township, "township");
	}

	public int getKeyPersonsFound() {
		return keyPersonsFound;
	}

	public void setKeyPersonsFound(int keyPersonsFound) {
		this.keyPersonsFound = count(keyPersonsFound, "key_persons_found");
	}

	public int getFeverFound() {
		return feverFound;
	}

	public void setFeverFound(int feverFound) {
		this.feverFound = count(feverFound, "fever_found");
	}

	public String getRemarks() {
		return remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = optionalText(remarks, 2000, "remarks");
	}

	/** A report that found nothing: the township's zero report for the day. */
	public boolean isZeroReport() {
		return keyPersonsFound == 0 && feverFound == 0;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		required(date, "date");
		required(township, "township");
		deriveCode(codeFor(township.getCode(), date));
		super.validate();
	}

	@Override
	public String getDisplayName() {
		return label(township, date);
	}
}
