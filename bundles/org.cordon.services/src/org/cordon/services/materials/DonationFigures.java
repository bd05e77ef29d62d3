package org.cordon.services.materials;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The donations ledger's totals.
 *
 * @param goods quantity per item, keyed by {@code item + " (" + unit + ")"}, e.g. {@code 口罩 (只)}
 */
public record DonationFigures(long companies, long individuals, long organisations, BigDecimal cashYuan, Map<String, Long> goods) {

	public long goods(String item, String unit) {
		return goods.getOrDefault(item + " (" + unit + ")", 0L);
	}
}
