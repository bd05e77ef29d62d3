package org.cordon.services.internal;

import java.util.Arrays;

/**
 * A map from long to int without boxing, for bulk imports where a million keys in a
 * {@code HashMap<Long, Integer>} would take ten times the memory.
 */
public final class LongIntMap {

	private static final long FREE = Long.MIN_VALUE;

	private long[] keys;
	private int[] values;
	private int size;

	public LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		keys = new long[capacity];
		values = new int[capacity];
		Arrays.fill(keys, FREE);
	}

	/** Stores the value unless the key is there already; returns the value already there, or {@code missing}. */
	public int putIfAbsent(long key, int value, int missing) {
		if (key == FREE) {
			throw new IllegalArgumentException("reserved key");
		}
		if (size * 2 >= keys.length) {
			grow();
		}
		int slot = slot(key);
		if (keys[slot] == key) {
			return values[slot];
		}
		keys[slot] = key;
		values[slot] = value;
		size++;
		return missing;
	}

	public int get(long key, int missing) {
		int slot = slot(key);
		return keys[slot] == key ? values[slot] : missing;
	}

	public int size() {
		return size;
	}

	private int slot(long key) {
		int mask = keys.length - 1;
		int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
		while (keys[slot] != FREE && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		Arrays.fill(keys, FREE);
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != FREE) {
				putIfAbsent(oldKeys[i], oldValues[i], -1);
			}
		}
	}
}
