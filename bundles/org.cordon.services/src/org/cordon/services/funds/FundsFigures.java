package org.cordon.services.funds;

import java.math.BigDecimal;

/** Money put in, money spent, and what is left, in yuan. */
public record FundsFigures(BigDecimal allocatedYuan, BigDecimal spentYuan) {

	public BigDecimal balanceYuan() {
		return allocatedYuan.subtract(spentYuan);
	}
}
