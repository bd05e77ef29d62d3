package org.cordon.sample.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cordon.model.materials.DonorKind;
import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.community.CommunityFigures;
import org.cordon.services.community.CommunityService;
import org.cordon.services.funds.AllocationBalance;
import org.cordon.services.funds.FundsService;
import org.cordon.services.materials.DonationService;
import org.cordon.services.materials.DonorKindDonations;
import org.cordon.services.materials.StockLine;
import org.cordon.services.materials.StockService;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures the groups' views show, on the sample data. Expected values are the report's
 * (shared/docs/domain.md) or summed by hand from the sample's CSV files, as each comment says.
 */
class GroupFiguresTest {

	private static Path temp;
	private static CordonDatabase database;

	@BeforeAll
	static void sampleDatabase() throws Exception {
		temp = Files.createTempDirectory("group-figures");
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("county")).populatedWhenNew());
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void stockOnHandIsEveryItemsReceiptsLessItsIssues() {
		List<StockLine> lines = OsgiServices.await(StockService.class).onHand();
		assertEquals(List.of("MI-01", "MI-02", "MI-03", "MI-04", "MI-05", "MI-06", "MI-07", "MI-08", "MI-09", "MI-10"),
				lines.stream().map(StockLine::itemCode).toList());
		// stock-receipts.csv and stock-issues.csv summed per item
		assertEquals(new StockLine("MI-01", "口罩", "只", 147_000, 144_552), lines.get(0));
		assertEquals(2_448, lines.get(0).onHand());
		assertEquals(new StockLine("MI-06", "牛奶", "箱", 720, 700), lines.get(5));
		assertEquals(List.of(2_448L, 6L, 16L, 113L, 6L, 20L, 7L, 8L, 9L, 103L), lines.stream().map(StockLine::onHand).toList());
	}

	@Test
	void donationsPerDonorKindAddUpToTheRedCrossTotals() {
		List<DonorKindDonations> kinds = OsgiServices.await(DonationService.class).byDonorKind();
		assertEquals(List.of(DonorKind.COMPANY, DonorKind.INDIVIDUAL), kinds.stream().map(DonorKindDonations::kind).toList());
		DonorKindDonations companies = kinds.get(0);
		DonorKindDonations individuals = kinds.get(1);
		// 39 companies and 27 individuals gave 3,704,738 yuan (the report); donations.csv splits it 3,482,984 / 221,754
		assertEquals(39, companies.donors());
		assertEquals(27, individuals.donors());
		assertEquals(new BigDecimal("3704738.00"), companies.cashYuan().add(individuals.cashYuan()));
		assertEquals(new BigDecimal("221754.00"), individuals.cashYuan());
		// donations.csv: 48 gifts from companies, 27 from individuals, all goods from companies
		assertEquals(48, companies.gifts());
		assertEquals(27, individuals.gifts());
		assertEquals(Map.of("口罩 (只)", 67_000L, "酒精消毒液 (箱)", 172L, "医用酒精 (桶)", 450L, "84消毒液 (桶)", 1_027L, "次氯酸伤口护理液 (箱)", 13L,
				"牛奶 (箱)", 720L, "防护服 (套)", 100L), companies.goods());
		assertEquals(Map.of(), individuals.goods());
	}

	@Test
	void fundsBalancePerAllocationAndInAll() {
		List<AllocationBalance> balances = OsgiServices.await(FundsService.class).balances();
		assertEquals(List.of("FA-01", "FA-02", "FA-03", "FA-04", "FA-05", "FA-06"), balances.stream().map(AllocationBalance::code).toList());
		// fund-allocations.csv and expenditures.csv: FA-01 2,000,000.00 less its four payments
		AllocationBalance first = balances.get(0);
		assertEquals(new BigDecimal("2000000.00"), first.allocatedYuan());
		assertEquals(4, first.expenditures());
		assertEquals(new BigDecimal("1497588.09"), first.spentYuan());
		assertEquals(new BigDecimal("502411.91"), first.balanceYuan());
		BigDecimal allocated = balances.stream().map(AllocationBalance::allocatedYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal balance = balances.stream().map(AllocationBalance::balanceYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(new BigDecimal("11630000.00"), allocated, "11.63 million yuan from the county budget");
		assertEquals(new BigDecimal("3358294.05"), balance);
		assertEquals(18, balances.stream().mapToLong(AllocationBalance::expenditures).sum());
	}

	@Test
	void communitiesWithTheirUnitTheirLeadersAndTheirReturnees() {
		List<CommunityFigures> communities = OsgiServices.await(CommunityService.class).communities();
		assertEquals(117, communities.size());
		assertEquals(0, communities.stream().filter(c -> c.pairedUnit() == null).count(), "every community is covered");
		CommunityFigures wananyuan = communities.stream().filter(c -> c.community().equals("湫水万安苑")).findFirst().orElseThrow();
		// 13 party-member building leaders and 56 returnees with daily temperatures (the report)
		assertEquals(13, wananyuan.buildingLeaders());
		assertEquals(56, wananyuan.keyPersonsInAll());
		assertEquals(50, wananyuan.keyPersons(KeyPersonCategory.MIGRANT_WORKER));
		assertEquals(0, wananyuan.keyPersons(KeyPersonCategory.STUDENT));
		assertEquals("临县扶贫开发服务中心", wananyuan.pairedUnit());
		// communities.csv: 107 in 临泉镇 (order 0) before the 10 of 木瓜坪乡
		assertEquals("临泉镇", communities.get(0).township());
		assertEquals(107, communities.stream().filter(c -> c.township().equals("临泉镇")).count());
		assertEquals("木瓜坪乡", communities.get(116).township());
		assertEquals(74_701, communities.stream().mapToInt(CommunityFigures::households).sum());
		assertNull(communities.stream().filter(c -> c.keyPersonsInAll() > 0 && c != wananyuan).findAny().orElse(null),
				"the sample's other key persons have no community");
	}
}
