package org.cordon.model.materials;

import static org.cordon.model.ModelRules.YUAN_PRECISION;
import static org.cordon.model.ModelRules.YUAN_SCALE;
import static org.cordon.model.ModelRules.amount;
import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.fitColumn;
import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** One gift in the donations ledger (捐赠台账): cash, goods, or both; the importer gives each a code. */
@Entity
@Table(name = "DONATION")
public class Donation extends CordonEntity {

	@Column(name = "DONATION_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "DONOR_ID", nullable = false)
	private Donor donor;

	/** 0 for a gift of goods only. */
	@Column(nullable = false, precision = YUAN_PRECISION, scale = YUAN_SCALE)
	private BigDecimal cashYuan;

	/** What was given, e.g. 口罩; free text so the ledger keeps the donor's own words. */
	@Column(length = 100)
	private String item;

	private Integer quantity;

	@Column(length = 20)
	private String unit;

	public Donation() {
	}

	public Donation(String code, LocalDate date, Donor donor, BigDecimal cashYuan) {
		super(code);
		setDate(date);
		setDonor(donor);
		setCashYuan(cashYuan);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public Donor getDonor() {
		return donor;
	}

	public void setDonor(Donor donor) {
		this.donor = required(donor, "donor");
	}

	public BigDecimal getCashYuan() {
		return cashYuan;
	}

	public void setCashYuan(BigDecimal cashYuan) {
		this.cashYuan = fitColumn(amount(cashYuan, YUAN_SCALE, "cash_yuan"), YUAN_PRECISION, YUAN_SCALE, "cash_yuan");
	}

	public String getItem() {
		return item;
	}

	public void setItem(String item) {
		this.item = optionalText(item, 100, "item");
	}

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity == null ? null : count(quantity, "quantity");
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = optionalText(unit, 20, "unit");
	}

	/** Sets the goods given; all three {@code null} for a gift of cash only. */
	public void setGoods(String item, Integer quantity, String unit) {
		setItem(item);
		setQuantity(quantity);
		setUnit(unit);
	}

	public boolean hasGoods() {
		return item != null && quantity != null && unit != null;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(donor, "donor");
		required(cashYuan, "cash_yuan");
		boolean anyGoods = item != null || quantity != null || unit != null;
		if (anyGoods && !hasGoods()) {
			String missing = item == null ? "item" : quantity == null ? "quantity" : "unit";
			throw new InvalidValueException(missing, "goodsIncomplete");
		}
		if (cashYuan.signum() == 0 && !hasGoods()) {
			throw new InvalidValueException("cash_yuan", "emptyDonation");
		}
	}

	@Override
	public String getDisplayName() {
		return label(donor, date);
	}
}
