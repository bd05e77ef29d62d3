package org.cordon.model.funds;

import static org.cordon.model.ModelRules.YUAN_PRECISION;
import static org.cordon.model.ModelRules.YUAN_SCALE;
import static org.cordon.model.ModelRules.fitColumn;
import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.positiveAmount;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** A payment out of an allocation (资金支出), e.g. for masks or for the checkpoints' tents. */
@Entity
@Table(name = "EXPENDITURE")
public class Expenditure extends CordonEntity {

	@Column(name = "EXPENDITURE_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "ALLOCATION_ID", nullable = false)
	private FundAllocation allocation;

	@Column(nullable = false, precision = YUAN_PRECISION, scale = YUAN_SCALE)
	private BigDecimal amountYuan;

	@Column(nullable = false, length = 500)
	private String purpose;

	@Column(length = 200)
	private String payee;

	public Expenditure() {
	}

	public Expenditure(String code, LocalDate date, FundAllocation allocation, BigDecimal amountYuan, String purpose) {
		super(code);
		setDate(date);
		setAllocation(allocation);
		setAmountYuan(amountYuan);
		setPurpose(purpose);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public FundAllocation getAllocation() {
		return allocation;
	}

	public void setAllocation(FundAllocation allocation) {
		this.allocation = required(allocation, "allocation");
	}

	public BigDecimal getAmountYuan() {
		return amountYuan;
	}

	public void setAmountYuan(BigDecimal amountYuan) {
		this.amountYuan = fitColumn(positiveAmount(amountYuan, YUAN_SCALE, "amount_yuan"), YUAN_PRECISION, YUAN_SCALE, "amount_yuan");
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = requiredText(purpose, 500, "purpose");
	}

	public String getPayee() {
		return payee;
	}

	public void setPayee(String payee) {
		this.payee = optionalText(payee, 200, "payee");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(allocation, "allocation");
		required(amountYuan, "amount_yuan");
		required(purpose, "purpose");
	}

	@Override
	public String getDisplayName() {
		return label(date, purpose, amountYuan == null ? null : amountYuan.toPlainString() + " 元");
	}
}
