package org.cordon.services.materials;

/** One item of the county store: what came in, what went out, and what is left. */
public record StockLine(String itemCode, String item, String unit, long received, long issued) {

	public long onHand() {
		return received - issued;
	}
}
