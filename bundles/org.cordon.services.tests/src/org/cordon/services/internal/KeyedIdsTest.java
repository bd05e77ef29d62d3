package org.cordon.services.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeyedIdsTest {

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<Object> NATURAL = (a, b) -> ((Comparable) a).compareTo(b);

	@Test
	void ordersByKeyThenByIdWithEmptyKeysLast() {
		KeyedIds keyed = new KeyedIds(NATURAL);
		keyed.add(40, "b");
		keyed.add(7, null);
		keyed.add(30, "a");
		keyed.add(10, "b");
		keyed.add(3, null);
		keyed.add(20, "a");
		assertArrayEquals(new long[] { 20, 30, 10, 40, 3, 7 }, keyed.sorted());
	}

	@Test
	void keysTheOrderHoldsEqualAreTiedAndGoByIdEvenWhenTheyDifferInScale() {
		KeyedIds keyed = new KeyedIds(NATURAL);
		keyed.add(5, new BigDecimal("36.50"));
		keyed.add(2, new BigDecimal("37.0"));
		keyed.add(1, new BigDecimal("36.5"));
		keyed.add(9, new BigDecimal("36.1"));
		assertArrayEquals(new long[] { 9, 1, 5, 2 }, keyed.sorted());
	}

	@Test
	void referencesSortByTheRankTheyAreGivenAndAnUnrankedOneLast() {
		Map<Long, Integer> ranks = Map.of(100L, 1, 200L, 0);
		KeyedIds keyed = new KeyedIds(Comparator.comparingInt(reference -> ranks.getOrDefault(reference, Integer.MAX_VALUE)));
		keyed.add(1, 100L);
		keyed.add(2, 300L);
		keyed.add(3, 200L);
		keyed.add(4, null);
		keyed.add(5, 100L);
		assertArrayEquals(new long[] { 3, 1, 5, 2, 4 }, keyed.sorted());
	}

	@Test
	void manyRowsReadOutOfIdOrderComeOutAsAComparatorSortPutsThem() {
		Random random = new Random(24);
		KeyedIds keyed = new KeyedIds(NATURAL);
		record Row(long id, Integer key) {
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			long id = random.nextInt(1_000_000_000) * 4L + i % 4; // distinct, unordered
			Integer key = random.nextInt(20) == 0 ? null : random.nextInt(300);
			rows.add(new Row(id, key));
			keyed.add(id, key);
		}
		rows.sort(Comparator.comparing(Row::key, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Row::id));
		assertArrayEquals(rows.stream().mapToLong(Row::id).toArray(), keyed.sorted());
	}

	@Test
	void noRowsGiveNoIds() {
		assertArrayEquals(new long[0], new KeyedIds(NATURAL).sorted());
	}
}
