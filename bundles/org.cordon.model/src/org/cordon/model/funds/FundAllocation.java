package org.cordon.model.funds;

import static org.cordon.model.ModelRules.YUAN_PRECISION;
import static org.cordon.model.ModelRules.YUAN_SCALE;
import static org.cordon.model.ModelRules.fitColumn;
import static org.cordon.model.ModelRules.positiveAmount;
import static org.cordon.model.ModelRules.required;
import static org.cordon.model.ModelRules.requiredText;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** Money allocated for epidemic control (防控资金拨付), e.g. from the provincial or the county budget. */
@Entity
@Table(name = "FUND_ALLOCATION")
public class FundAllocation extends CordonEntity {

	@Column(name = "ALLOCATION_DATE", nullable = false)
	private LocalDate date;

	/** Where the money comes from, e.g. 省级财政; free text. */
	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, precision = YUAN_PRECISION, scale = YUAN_SCALE)
	private BigDecimal amountYuan;

	@Column(nullable = false, length = 500)
	private String purpose;

	public FundAllocation() {
	}

	public FundAllocation(String code, LocalDate date, String source, BigDecimal amountYuan, String purpose) {
		super(code);
		setDate(date);
		setSource(source);
		setAmountYuan(amountYuan);
		setPurpose(purpose);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = requiredText(source, 200, "source");
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

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(source, "source");
		required(amountYuan, "amount_yuan");
		required(purpose, "purpose");
	}

	@Override
	public String getDisplayName() {
		return label(date, source, amountYuan == null ? null : amountYuan.toPlainString() + " 元");
	}
}
