package org.cordon.model.materials;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.required;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** Goods issued from the county store (出库) to one recipient, a county unit or a township. */
// Whether the store holds enough depends on its whole history, so that is checked where the history is read.
@Entity
@Table(name = "STOCK_ISSUE")
public class StockIssue extends CordonEntity {

	@Column(name = "ISSUE_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "ITEM_ID", nullable = false)
	private MaterialItem item;

	@Column(nullable = false)
	private int quantity;

	@ManyToOne
	@JoinColumn(name = "RECIPIENT_UNIT_ID")
	private CountyUnit recipientUnit;

	@ManyToOne
	@JoinColumn(name = "RECIPIENT_TOWNSHIP_ID")
	private Township recipientTownship;

	public StockIssue() {
	}

	public StockIssue(String code, LocalDate date, MaterialItem item, int quantity, CountyUnit recipientUnit) {
		super(code);
		setDate(date);
		setItem(item);
		setQuantity(quantity);
		setRecipientUnit(required(recipientUnit, "recipient_unit"));
	}

	public StockIssue(String code, LocalDate date, MaterialItem item, int quantity, Township recipientTownship) {
		super(code);
		setDate(date);
		setItem(item);
		setQuantity(quantity);
		setRecipientTownship(required(recipientTownship, "recipient_township"));
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = required(date, "date");
	}

	public MaterialItem getItem() {
		return item;
	}

	public void setItem(MaterialItem item) {
		this.item = required(item, "item");
	}

	/** In the item's unit. */
	public int getQuantity() {
		return quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = count(quantity, "quantity");
	}

	public CountyUnit getRecipientUnit() {
		return recipientUnit;
	}

	// Both recipients have setters that do not clear each other, so that a row can set both
	// columns as given and validate() reports a row that names two.
	public void setRecipientUnit(CountyUnit recipientUnit) {
		this.recipientUnit = recipientUnit;
	}

	public Township getRecipientTownship() {
		return recipientTownship;
	}

	public void setRecipientTownship(Township recipientTownship) {
		this.recipientTownship = recipientTownship;
	}

	/** The unit or township the goods went to. */
	public CordonEntity getRecipient() {
		return recipientUnit != null ? recipientUnit : recipientTownship;
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(item, "item");
		if ((recipientUnit == null) == (recipientTownship == null)) {
			throw new InvalidValueException("recipient_unit", "oneRecipient");
		}
	}

	@Override
	public String getDisplayName() {
		return label(date, item, "-" + quantity, item == null ? null : item.getUnit(), "→", getRecipient());
	}
}
