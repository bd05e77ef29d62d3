package org.cordon.services.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One allocation of funds, what was spent against it, and what is left, in yuan. */
public record AllocationBalance(String code, LocalDate date, String source, String purpose, BigDecimal allocatedYuan,
		long expenditures, BigDecimal spentYuan) {

	/** Negative when more was spent than allocated. */
	public BigDecimal balanceYuan() {
		return allocatedYuan.subtract(spentYuan);
	}
}
