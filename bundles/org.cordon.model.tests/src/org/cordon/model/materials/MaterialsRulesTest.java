package org.cordon.model.materials;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cordon.model.InvalidValueException;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;

class MaterialsRulesTest {

	private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);
	private final Donor company = new Donor("D-1", "某某煤业有限公司", DonorKind.COMPANY);
	private final MaterialItem masks = new MaterialItem("M-MASK", "口罩", "只");

	@Test
	void cashIsInYuanWithAtMostTwoDecimals() {
		Donation donation = new Donation("DN-1", FEB_3, company, new BigDecimal("50000"));
		assertEquals(new BigDecimal("50000.00"), donation.getCashYuan(), "kept with two decimals, as exported");
		InvalidValueException e = assertRejected("cash_yuan", "scale", () -> donation.setCashYuan(new BigDecimal("10.005")));
		assertEquals("\"10.005\" has more than 2 decimal places", e.getReason());
		assertRejected("cash_yuan", "negative", () -> donation.setCashYuan(new BigDecimal("-1")));
		assertRejected("cash_yuan", "required", () -> donation.setCashYuan(null));
		assertRejected("cash_yuan", "tooLarge", () -> donation.setCashYuan(new BigDecimal("1000000000000")));
	}

	@Test
	void goodsNeedItemQuantityAndUnitTogether() {
		Donation donation = new Donation("DN-2", FEB_3, company, BigDecimal.ZERO);
		donation.setItem("口罩");
		assertRejected("quantity", "goodsIncomplete", donation::validate);
		donation.setQuantity(10000);
		assertRejected("unit", "goodsIncomplete", donation::validate);
		donation.setUnit("只");
		donation.validate();
		assertTrue(donation.hasGoods());
		donation.setGoods(null, 5, null);
		assertRejected("item", "goodsIncomplete", donation::validate);
		assertRejected("quantity", "negative", () -> donation.setQuantity(-5));
	}

	@Test
	void aDonationGivesCashOrGoodsOrBoth() {
		Donation nothing = new Donation("DN-3", FEB_3, company, new BigDecimal("0.00"));
		assertFalse(nothing.hasGoods());
		InvalidValueException e = assertRejected("cash_yuan", "emptyDonation", nothing::validate);
		assertEquals("a donation needs cash above 0, goods, or both", e.getReason());
		nothing.setCashYuan(new BigDecimal("0.01"));
		nothing.validate();
		Donation both = new Donation("DN-4", FEB_3, company, new BigDecimal("2000"));
		both.setGoods("牛奶", 100, "箱");
		both.validate();
	}

	@Test
	void anIssueGoesToExactlyOneRecipient() {
		CountyUnit health = new CountyUnit("U-HEALTH", "县卫健局");
		Township linquan = new Township("T-LINQUAN", "临泉镇", TownshipKind.TOWN);
		StockIssue issue = new StockIssue("SI-1", FEB_3, masks, 500, health);
		issue.validate();
		assertEquals(health, issue.getRecipient());
		issue.setRecipientTownship(linquan);
		InvalidValueException e = assertRejected("recipient_unit", "oneRecipient", issue::validate);
		assertEquals("give exactly one recipient, a county unit or a township", e.getReason());
		issue.setRecipientUnit(null);
		issue.validate();
		assertEquals(linquan, issue.getRecipient());
		issue.setRecipientTownship(null);
		assertRejected("recipient_unit", "oneRecipient", issue::validate);
		assertRejected("quantity", "negative", () -> issue.setQuantity(-1));
	}

	@Test
	void storeMovementsNeedAnItemAndADay() {
		StockReceipt receipt = new StockReceipt();
		receipt.setCode("SR-1");
		receipt.setDate(FEB_3);
		assertRejected("item", "required", receipt::validate);
		receipt.setItem(masks);
		receipt.setQuantity(20000);
		receipt.setSource(" 省疫情防控指挥部调拨 ");
		receipt.validate();
		assertEquals("省疫情防控指挥部调拨", receipt.getSource());
		assertEquals("2020-02-03 口罩 +20000 只", receipt.getDisplayName());
		assertRejected("quantity", "negative", () -> receipt.setQuantity(-20000));
	}

	@Test
	void donorsAndItemsAreNamed() {
		assertRejected("name", "blank", () -> company.setName(" "));
		assertRejected("kind", "required", () -> company.setKind(null));
		assertRejected("unit", "required", () -> masks.setUnit(null));
	}
}
