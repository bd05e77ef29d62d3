package org.cordon.services.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids with their sort keys, added one by one as a table's rows are read, and put in order by
 * key (an empty key last) and then by id. At a million rows a list of boxed (key, id) records
 * sorted with a comparator took 1 to 2.5 s; here each distinct key is compared once (a column
 * has few: five roles, some hundred temperatures, 14 days), and the rows are counted into their
 * keys' ranks.
 */
final class KeyedIds {

	private final Comparator<Object> keyOrder;
	private final Map<Object, Integer> codes = new HashMap<>();
	private final List<Object> distinct = new ArrayList<>();
	private long[] ids = new long[1024];
	private int[] keyCodes = new int[1024];
	private int size;

	/** {@code keyOrder} compares two keys that are not null. */
	KeyedIds(Comparator<Object> keyOrder) {
		this.keyOrder = keyOrder;
	}

	/** One row: its id and its key, null when the row has none. */
	void add(long id, Object key) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
			keyCodes = Arrays.copyOf(keyCodes, size * 2);
		}
		ids[size] = id;
		keyCodes[size] = key == null ? -1 : codes.computeIfAbsent(key, k -> {
			distinct.add(k);
			return distinct.size() - 1;
		});
		size++;
	}

	/**
	 * The ids by key ascending, an empty key last, equal keys by id: the ids in ascending order,
	 * each with its key's rank, then counted into their ranks in that order (a column has few
	 * distinct keys, so this is two passes where a sort of packed (rank, id) took a quarter of a
	 * second at 1.36 million rows). A table read in its stored order gives its ids ascending already.
	 */
	long[] sorted() {
		int[] rankOfCode = rankKeys();
		int emptyRank = distinct.size();
		long[] ascendingIds = Arrays.copyOf(ids, size);
		int[] rankAt = new int[size];
		boolean inIdOrder = isAscending(ascendingIds);
		if (!inIdOrder) {
			Arrays.parallelSort(ascendingIds);
		}
		for (int i = 0; i < size; i++) {
			int rank = keyCodes[i] < 0 ? emptyRank : rankOfCode[keyCodes[i]];
			rankAt[inIdOrder ? i : Arrays.binarySearch(ascendingIds, ids[i])] = rank;
		}
		int[] next = new int[emptyRank + 2];
		for (int i = 0; i < size; i++) {
			next[rankAt[i] + 1]++;
		}
		for (int rank = 1; rank < next.length; rank++) {
			next[rank] += next[rank - 1];
		}
		long[] result = new long[size];
		for (int i = 0; i < size; i++) {
			result[next[rankAt[i]]++] = ascendingIds[i];
		}
		return result;
	}

	/** The rank of each distinct key; keys the order holds equal (2.0 and 2.00) share one. */
	private int[] rankKeys() {
		Integer[] byKey = new Integer[distinct.size()];
		for (int i = 0; i < byKey.length; i++) {
			byKey[i] = i;
		}
		Arrays.sort(byKey, (a, b) -> keyOrder.compare(distinct.get(a), distinct.get(b)));
		int[] rankOfCode = new int[byKey.length];
		int rank = 0;
		for (int i = 0; i < byKey.length; i++) {
			if (i > 0 && keyOrder.compare(distinct.get(byKey[i - 1]), distinct.get(byKey[i])) != 0) {
				rank = i;
			}
			rankOfCode[byKey[i]] = rank;
		}
		return rankOfCode;
	}

	private static boolean isAscending(long[] values) {
		for (int i = 1; i < values.length; i++) {
			if (values[i - 1] >= values[i]) {
				return false;
			}
		}
		return true;
	}
}
