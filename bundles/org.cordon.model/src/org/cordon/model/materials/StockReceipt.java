package org.cordon.model.materials;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.optionalText;
import static org.cordon.model.ModelRules.required;

import java.time.LocalDate;

import org.cordon.model.CordonEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** Goods received into the county store (入库). */
@Entity
@Table(name = "STOCK_RECEIPT")
public class StockReceipt extends CordonEntity {

	@Column(name = "RECEIPT_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "ITEM_ID", nullable = false)
	private MaterialItem item;

	@Column(nullable = false)
	private int quantity;

	/** Where the goods came from, e.g. a purchase or a donor; free text. */
	@Column(length = 200)
	private String source;

	public StockReceipt() {
	}

	public StockReceipt(String code, LocalDate date, MaterialItem item, int quantity) {
		super(code);
		setDate(date);
		setItem(item);
		setQuantity(quantity);
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

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = optionalText(source, 200, "source");
	}

	@Override
	@PrePersist
	@PreUpdate
	public void validate() {
		super.validate();
		required(date, "date");
		required(item, "item");
	}

	@Override
	public String getDisplayName() {
		return label(date, item, "+" + quantity, item == null ? null : item.getUnit());
	}
}
