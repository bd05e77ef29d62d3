package org.cordon.ui.editors;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cordon.model.CordonEntity;

/**
 * The rows of a record table without the table's records: the ids of every stored record shown,
 * in the table's order (as the database sorted and filtered them), the records read so far for
 * a bounded number of them, and the records this desk added or holds changed. A million rows
 * are 8 MB of ids and a few thousand records, wherever the user scrolls.
 *
 * <p>A changed record is held, so that reading its row again never replaces the edited copy with
 * the stored one; the editor releases it when it is saved or reloaded. New records follow the
 * stored ones. Plain Java, confined to one thread (the editor's), except {@link #missingAround}
 * and the fetching it feeds, which work on copies.
 */
public final class PagedRecords extends AbstractList<CordonEntity> {

	/** Rows read together as the user scrolls: one query each. */
	public static final int PAGE = 100;

	/** Records kept besides the held ones; the least recently shown go first. */
	static final int CACHED = 5_000;

	/** Rows read together when a snapshot is gone through. */
	static final int SNAPSHOT_PAGE = 1_000;

	private final Function<long[], List<? extends CordonEntity>> reader;
	private long[] ids;
	private int stored;
	private final List<CordonEntity> added = new ArrayList<>();
	private final Map<Long, CordonEntity> held = new HashMap<>();
	private final Map<Long, CordonEntity> cache = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, CordonEntity> eldest) {
			return size() > CACHED;
		}
	};

	/**
	 * @param ids    the stored records' ids in the table's order
	 * @param reader the records of ids, in their order, {@code null} for one no longer stored
	 */
	public PagedRecords(long[] ids, Function<long[], List<? extends CordonEntity>> reader) {
		this.ids = ids.clone();
		this.stored = ids.length;
		this.reader = reader;
	}

	/** No rows: what a table shows before its first read. */
	public static PagedRecords empty() {
		return new PagedRecords(new long[0], ids -> List.of());
	}

	@Override
	public int size() {
		return stored + added.size();
	}

	/** The stored records' rows, the new ones left out. */
	public int storedSize() {
		return stored;
	}

	/** The row's record, read now (with the rest of its page) if it has not been: for saving, exporting and tests. */
	@Override
	public CordonEntity get(int index) {
		CordonEntity record = peek(index);
		if (record == null) {
			int first = index - index % PAGE;
			accept(Arrays.copyOfRange(ids, first, Math.min(stored, first + PAGE)), reader.apply(Arrays.copyOfRange(ids, first, Math.min(stored, first + PAGE))));
			record = peek(index);
			if (record == null) {
				// Deleted by another desk since the ids were read: the row stays, empty, until the next reload.
				throw new IllegalStateException("record " + ids[index] + " is no longer stored");
			}
		}
		return record;
	}

	/** The id of a stored record's row. */
	public long idAt(int index) {
		if (index < 0 || index >= stored) {
			throw new IndexOutOfBoundsException(index);
		}
		return ids[index];
	}

	/** The row of the stored record of an id, or -1. */
	public int indexOfId(long id) {
		for (int i = 0; i < stored; i++) {
			if (ids[i] == id) {
				return i;
			}
		}
		return -1;
	}

	/** The row's record if it has been read, else {@code null}; never reads. */
	public CordonEntity peek(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException(index);
		}
		if (index >= stored) {
			return added.get(index - stored);
		}
		long id = ids[index];
		CordonEntity record = held.get(id);
		return record != null ? record : cache.get(id);
	}

	/** The ids of the page around a row that are still to be read, empty when all of it is. */
	public long[] missingAround(int index) {
		if (index >= stored) {
			return new long[0];
		}
		int first = index - index % PAGE;
		return Arrays.stream(ids, first, Math.min(stored, first + PAGE)).filter(id -> !held.containsKey(id) && !cache.containsKey(id)).toArray();
	}

	/** Takes records read for ids; a held record is never replaced by its stored copy. */
	public void accept(long[] wanted, List<? extends CordonEntity> read) {
		for (int i = 0; i < wanted.length; i++) {
			CordonEntity record = read.get(i);
			if (record != null && !held.containsKey(wanted[i])) {
				cache.put(wanted[i], record);
			}
		}
	}

	/** Keeps a record of a row as it is (changed at this desk) until it is released. */
	public void hold(CordonEntity record) {
		if (record.getId() != null) {
			held.put(record.getId(), record);
		}
	}

	public void release(CordonEntity record) {
		if (record.getId() != null && held.get(record.getId()) == record) {
			held.remove(record.getId());
			cache.put(record.getId(), record);
		}
	}

	/** Appends a new record, or puts a stored one back at a row (undoing its deletion). */
	@Override
	public void add(int index, CordonEntity record) {
		if (record.getId() == null) {
			added.add(Math.max(0, Math.min(index - stored, added.size())), record);
			return;
		}
		int at = Math.max(0, Math.min(index, stored));
		if (stored == ids.length) {
			ids = Arrays.copyOf(ids, Math.max(16, stored * 2));
		}
		System.arraycopy(ids, at, ids, at + 1, stored - at);
		ids[at] = record.getId();
		stored++;
		cache.put(record.getId(), record);
		modCount++;
	}

	@Override
	public boolean add(CordonEntity record) {
		add(size(), record);
		return true;
	}

	@Override
	public CordonEntity remove(int index) {
		CordonEntity record = peek(index);
		if (index >= stored) {
			added.remove(index - stored);
		} else {
			System.arraycopy(ids, index + 1, ids, index, stored - index - 1);
			stored--;
		}
		modCount++;
		return record;
	}

	@Override
	public boolean remove(Object record) {
		int at = indexOf(record);
		if (at < 0) {
			return false;
		}
		remove(at);
		return true;
	}

	/** Replaces a row's record by another of the same id (theirs after a conflict), keeping its row. */
	@Override
	public CordonEntity set(int index, CordonEntity record) {
		CordonEntity old = peek(index);
		if (index >= stored) {
			added.set(index - stored, record);
		} else {
			ids[index] = record.getId();
			if (held.remove(old == null ? ids[index] : old.getId()) != null) {
				held.put(record.getId(), record);
			} else {
				cache.put(record.getId(), record);
			}
		}
		return old;
	}

	/** The row of a record: by identity among the new ones, by id among the stored (a scan of the ids, no reading). */
	@Override
	public int indexOf(Object object) {
		if (!(object instanceof CordonEntity record)) {
			return -1;
		}
		if (record.getId() == null) {
			for (int i = 0; i < added.size(); i++) {
				if (added.get(i) == record) {
					return stored + i;
				}
			}
			return -1;
		}
		return indexOfId(record.getId());
	}

	@Override
	public boolean contains(Object object) {
		return indexOf(object) >= 0;
	}

	/**
	 * The rows as they are now, to be gone through once on another thread (an export). The ids
	 * are copied, the held and new records turned into cells here, since the user goes on editing
	 * them; the other rows are read again by the reader as the iteration reaches them, a thousand
	 * at a time, and turned into cells there. A row whose record another desk deleted meanwhile is
	 * left out.
	 *
	 * @param asEdited how a held or new record's row reads, on this thread
	 * @param asStored how a stored record's row reads, on the iterating thread
	 */
	public Iterable<List<String>> snapshot(Function<CordonEntity, List<String>> asEdited, Function<CordonEntity, List<String>> asStored) {
		long[] shownIds = Arrays.copyOf(ids, stored);
		Map<Integer, List<String>> editedRows = new HashMap<>();
		if (!held.isEmpty()) {
			for (int i = 0; i < stored; i++) {
				CordonEntity record = held.get(shownIds[i]);
				if (record != null) {
					editedRows.put(i, asEdited.apply(record));
				}
			}
		}
		List<List<String>> addedRows = added.stream().map(asEdited).toList();
		Function<long[], List<? extends CordonEntity>> read = reader;
		return () -> new java.util.Iterator<>() {
			private int next;
			private List<? extends CordonEntity> page = List.of();
			private int pageStart;
			private List<String> ahead = advance();

			private List<String> advance() {
				while (next < shownIds.length) {
					int index = next++;
					List<String> edited = editedRows.get(index);
					if (edited != null) {
						return edited;
					}
					if (index >= pageStart + page.size() || index < pageStart) {
						pageStart = index;
						page = read.apply(Arrays.copyOfRange(shownIds, index, Math.min(shownIds.length, index + SNAPSHOT_PAGE)));
					}
					CordonEntity record = page.get(index - pageStart);
					if (record != null) {
						return asStored.apply(record);
					}
				}
				int addedIndex = next++ - shownIds.length;
				return addedIndex < addedRows.size() ? addedRows.get(addedIndex) : null;
			}

			@Override
			public boolean hasNext() {
				return ahead != null;
			}

			@Override
			public List<String> next() {
				if (ahead == null) {
					throw new java.util.NoSuchElementException();
				}
				List<String> row = ahead;
				ahead = advance();
				return row;
			}
		};
	}

	/** How many records are read and kept, held ones included: what the table costs in memory. */
	public int readCount() {
		return cache.size() + held.size();
	}
}
