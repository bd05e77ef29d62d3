package org.cordon.model.publicity;

import static org.cordon.model.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;

class PublicityRulesTest {

	private final PublicityItem handbook = new PublicityItem("PI-1", PublicityKind.HANDBOOK, "新冠肺炎预防手册", "册");

	@Test
	void distributedQuantitiesAreCounts() {
		PublicityDistribution distribution = new PublicityDistribution("PD-1", LocalDate.of(2020, 2, 4), handbook, 3000);
		assertRejected("quantity", "negative", () -> distribution.setQuantity(-3000));
		assertEquals("2020-02-04 新冠肺炎预防手册 3000 册", distribution.getDisplayName(), "county-wide");
		distribution.setTownship(new Township("T-1", "临泉镇", TownshipKind.TOWN));
		assertEquals("2020-02-04 新冠肺炎预防手册 3000 册 临泉镇", distribution.getDisplayName());
	}

	@Test
	void aDistributionNamesItsItem() {
		PublicityDistribution distribution = new PublicityDistribution();
		distribution.setCode("PD-2");
		distribution.setDate(LocalDate.of(2020, 2, 4));
		assertRejected("item", "required", distribution::validate);
		distribution.setItem(handbook);
		distribution.validate();
	}

	@Test
	void anItemHasAKindAndAUnit() {
		assertRejected("kind", "required", () -> handbook.setKind(null));
		assertRejected("unit", "blank", () -> handbook.setUnit(" "));
		PublicityItem incomplete = new PublicityItem();
		incomplete.setCode("PI-2");
		incomplete.setName("宣传车");
		incomplete.setUnit("辆");
		assertRejected("kind", "required", incomplete::validate);
	}
}
