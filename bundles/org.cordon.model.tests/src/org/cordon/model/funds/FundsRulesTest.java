package org.cordon.model.funds;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class FundsRulesTest {

	private static final LocalDate JAN_30 = LocalDate.of(2020, 1, 30);
	private final FundAllocation allocation = new FundAllocation("FA-1", JAN_30, "县级财政", new BigDecimal("3000000"), "防控物资采购");

	@Test
	void amountsAreAboveZeroWithAtMostTwoDecimals() {
		assertEquals(new BigDecimal("3000000.00"), allocation.getAmountYuan());
		InvalidValueException e = assertRejected("amount_yuan", "notPositive", () -> allocation.setAmountYuan(BigDecimal.ZERO));
		assertEquals("\"0\" must be more than 0", e.getReason());
		assertRejected("amount_yuan", "negative", () -> allocation.setAmountYuan(new BigDecimal("-100")));
		assertRejected("amount_yuan", "scale", () -> allocation.setAmountYuan(new BigDecimal("99.999")));
		allocation.setAmountYuan(new BigDecimal("99.990"));
		assertEquals(new BigDecimal("99.99"), allocation.getAmountYuan());
	}

	@Test
	void anExpenditureComesOutOfAnAllocation() {
		Expenditure expenditure = new Expenditure();
		expenditure.setCode("EX-1");
		expenditure.setDate(JAN_30.plusDays(2));
		expenditure.setAmountYuan(new BigDecimal("12800.5"));
		expenditure.setPurpose("卡口帐篷");
		assertRejected("allocation", "required", expenditure::validate);
		expenditure.setAllocation(allocation);
		expenditure.setPayee("");
		expenditure.validate();
		assertNull(expenditure.getPayee());
		assertEquals(new BigDecimal("12800.50"), expenditure.getAmountYuan());
		assertRejected("amount_yuan", "scale", () -> expenditure.setAmountYuan(new BigDecimal("0.125")));
		assertRejected("amount_yuan", "notPositive", () -> expenditure.setAmountYuan(new BigDecimal("0.00")));
	}

	@Test
	void anAllocationSaysWhereItComesFromAndWhatFor() {
		assertRejected("source", "blank", () -> allocation.setSource(""));
		assertRejected("purpose", "required", () -> allocation.setPurpose(null));
		FundAllocation incomplete = new FundAllocation();
		incomplete.setCode("FA-2");
		incomplete.setDate(JAN_30);
		incomplete.setSource("省级财政");
		assertRejected("amount_yuan", "required", incomplete::validate);
	}
}
