package org.cordon.model.publicity;

import static org.cordon.model.ModelRules.count;
import static org.cordon.model.ModelRules.required;

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

/** Publicity material handed out on a day (宣传品发放), in a township or county-wide. */
@Entity
@Table(name = "PUBLICITY_DISTRIBUTION")
public class PublicityDistribution extends CordonEntity {

	@Column(name = "DISTRIBUTION_DATE", nullable = false)
	private LocalDate date;

	@ManyToOne(optional = false)
	@JoinColumn(name = "ITEM_ID", nullable = false)
	private PublicityItem item;

	@ManyToOne
	@JoinColumn(name = "TOWNSHIP_ID")
	private Township township;

	@Column(nullable = false)
	private int quantity;

	public PublicityDistribution() {
	}

	public PublicityDistribution(String code, LocalDate date, PublicityItem item, int quantity) {
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

	public PublicityItem getItem() {
		return item;
	}

	public void setItem(PublicityItem item) {
		this.item = required(item, "item");
	}

	/** The township it was handed out in, or {@code null} for county-wide. */
	public Township getTownship() {
		return township;
	}

	public void setTownship(Township township) {
		this.township = township;
	}

	/** In the item's unit. */
	public int getQuantity() {
		return quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = count(quantity, "quantity");
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
		return label(date, item, quantity, item == null ? null : item.getUnit(), township);
	}
}
