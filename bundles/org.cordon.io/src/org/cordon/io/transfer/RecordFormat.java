package org.cordon.io.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RowWriter;
import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;

/**
 * A record kind whose file maps column by column onto one entity type, keyed by the record's
 * code: either a {@code code} column, or a code derived from key columns (one count per
 * checkpoint and day, say). Most kinds are declared with this in {@link RecordKinds}.
 */
public final class RecordFormat<T extends CordonEntity> implements RecordKind {

	private final String name;
	private final Class<T> type;
	private final Supplier<T> factory;
	private final List<ColumnSpec<T>> columns;
	private final Function<T, String> derivedKey;
	private final String keyDescription;
	private final Comparator<T> exportOrder;
	private final StoreCheck storeCheck;
	private final Map<String, String> attributes;

	private RecordFormat(Builder<T> builder) {
		this.name = builder.name;
		this.type = builder.type;
		this.factory = builder.factory;
		this.columns = List.copyOf(builder.columns);
		this.derivedKey = builder.derivedKey;
		this.keyDescription = builder.keyDescription;
		this.exportOrder = builder.exportOrder;
		this.storeCheck = builder.storeCheck;
		this.attributes = Map.copyOf(builder.attributes);
	}

	/**
	 * A rule over all stored records that a single row cannot see (stock may not go below
	 * zero, say), checked once the file's rows are in the store, before the transaction commits.
	 */
	@FunctionalInterface
	public interface StoreCheck {
		/**
		 * @param lineOf the line of the file a record came from, or 0 when it was stored before
		 * @return the problems, empty when the store is consistent
		 */
		List<CsvProblem> check(RecordStore store, String fileName, java.util.function.ToLongFunction<CordonEntity> lineOf);
	}

	/** A kind whose first column is the record's code. */
	public static <T extends CordonEntity> Builder<T> coded(String name, Class<T> type, Supplier<T> factory) {
		Builder<T> builder = new Builder<>(name, type, factory, null, "code");
		builder.columns.add(new ValueColumn<T, String>("code", false, Cells.code(), CordonEntity::getCode, CordonEntity::setCode));
		return builder;
	}

	/** A kind keyed by some of its columns; the key becomes the record's code. */
	public static <T extends CordonEntity> Builder<T> keyed(String name, Class<T> type, Supplier<T> factory,
			Function<T, String> key, String keyDescription) {
		return new Builder<>(name, type, factory, key, keyDescription);
	}

	@Override
	public String name() {
		return name;
	}

	public Class<T> type() {
		return type;
	}

	/** A new, empty record of this kind, for an editor's "add" (its code comes from the user or from its key columns). */
	public T newRecord() {
		return factory.get();
	}

	/** Whether the code is derived from key columns rather than typed in a code column. */
	public boolean derivesCode() {
		return derivedKey != null;
	}

	/** The code a record of this kind has or will have: its code column, or its key columns joined. */
	public String keyOf(T record) {
		return derivedKey == null ? record.getCode() : derivedKey.apply(record);
	}

	@Override
	public List<String> header() {
		return columns.stream().map(ColumnSpec::name).toList();
	}

	/**
	 * The entity attribute a column is stored in, so that a table can sort and filter by it in
	 * the database: the column's name in camel case ({@code key_person} is {@code keyPerson})
	 * unless the format says otherwise.
	 */
	public String attributeOf(String column) {
		String declared = attributes.get(column);
		if (declared != null) {
			return declared;
		}
		StringBuilder camel = new StringBuilder(column.length());
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			} else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	/** The columns in file order, the code (when there is one) first. */
	public List<ColumnSpec<T>> columns() {
		return columns;
	}

	@Override
	public List<ColumnShape> shapes() {
		return columns.stream().map(column -> switch (column) {
		case ReferenceColumn<T, ?> reference -> ColumnShape.reference(reference.name(), reference.type());
		case ValueColumn<T, ?> value -> ColumnShape.of(value.name(), value.type());
		default -> ColumnShape.text(column.name());
		}).toList();
	}

	@Override
	public List<String> textColumns() {
		return columns.stream().filter(c -> c instanceof ValueColumn<?, ?> v && v.type() instanceof Cells.TextCell)
				.map(ColumnSpec::name).toList();
	}

	@Override
	public ImportCounts importFile(RecordFile file, RecordStore store) {
		List<CsvProblem> problems = new ArrayList<>();
		Map<String, Long> keyLines = new HashMap<>();
		Map<String, T> stored = store.byCode(type);
		List<T> created = new ArrayList<>();
		Map<CordonEntity, Long> lines = new java.util.IdentityHashMap<>();
		int updated = 0;
		for (CsvRow row : file.rows(header())) {
			Object[] values = readRow(file, row, store, problems);
			if (values == null) {
				continue;
			}
			T candidate = factory.get();
			if (!applyRow(file, row, candidate, values, 0, problems)) {
				continue;
			}
			try {
				candidate.validate();
			} catch (InvalidValueException e) {
				problems.add(new CsvProblem(file.name(), row.line(), e.getField(), e.getReason()));
				continue;
			}
			String key = derivedKey == null ? candidate.getCode() : derivedKey.apply(candidate);
			Long firstLine = keyLines.putIfAbsent(key, row.line());
			if (firstLine != null) {
				problems.add(new CsvProblem(file.name(), row.line(), keyDescription,
						"duplicate key " + Cells.quote(key) + ", already on line " + firstLine));
				continue;
			}
			T existing = stored.get(key);
			if (existing != null) {
				// The code column (if any) matched; apply the rest to the stored record.
				applyRow(file, row, existing, values, derivedKey == null ? 1 : 0, problems);
				lines.put(existing, row.line());
				updated++;
			} else {
				if (derivedKey != null) {
					candidate.setCode(key);
				}
				created.add(candidate);
				lines.put(candidate, row.line());
			}
		}
		if (!problems.isEmpty()) {
			throw new CsvImportException(problems);
		}
		created.forEach(store::persist);
		if (storeCheck != null) {
			List<CsvProblem> inconsistent = storeCheck.check(store, file.name(), record -> lines.getOrDefault(record, 0L));
			if (!inconsistent.isEmpty()) {
				// The caller's transaction rolls back what was stored above.
				throw new CsvImportException(inconsistent);
			}
		}
		return new ImportCounts(created.size(), updated, 0);
	}

	/** The row's values, or {@code null} when a cell is wrong (the problems say which). */
	private Object[] readRow(RecordFile file, CsvRow row, RecordStore store, List<CsvProblem> problems) {
		if (row.size() != columns.size()) {
			problems.add(new CsvProblem(file.name(), row.line(), "row",
					"has " + row.size() + " columns; " + columns.size() + " are expected (" + String.join(",", header()) + ")"));
			return null;
		}
		Object[] values = new Object[columns.size()];
		boolean fine = true;
		for (int i = 0; i < values.length; i++) {
			ColumnSpec<T> column = columns.get(i);
			String text = row.cell(i);
			if (text.isEmpty()) {
				if (!column.optional()) {
					problems.add(new CsvProblem(file.name(), row.line(), column.name(), "a value is required"));
					fine = false;
				}
				continue;
			}
			try {
				values[i] = column.read(text, store);
			} catch (CellException e) {
				problems.add(new CsvProblem(file.name(), row.line(), column.name(), e.getMessage()));
				fine = false;
			}
		}
		return fine ? values : null;
	}

	private boolean applyRow(RecordFile file, CsvRow row, T record, Object[] values, int firstColumn, List<CsvProblem> problems) {
		boolean fine = true;
		for (int i = firstColumn; i < values.length; i++) {
			try {
				columns.get(i).apply(record, values[i]);
			} catch (InvalidValueException e) {
				problems.add(new CsvProblem(file.name(), row.line(), columns.get(i).name(), e.getReason()));
				fine = false;
			}
		}
		return fine;
	}

	@Override
	public long count(RecordStore store) {
		return store.count(type);
	}

	@Override
	public void export(RecordStore store, RowWriter output) {
		List<T> records = new ArrayList<>(store.all(type));
		records.sort(exportOrder);
		for (T record : records) {
			List<String> cells = new ArrayList<>(columns.size());
			for (ColumnSpec<T> column : columns) {
				cells.add(column.write(record));
			}
			output.row(cells);
		}
	}

	/** Declares a format's columns, in file order. */
	public static final class Builder<T extends CordonEntity> {
		private final String name;
		private final Class<T> type;
		private final Supplier<T> factory;
		private final Function<T, String> derivedKey;
		private final String keyDescription;
		private final List<ColumnSpec<T>> columns = new ArrayList<>();
		private Comparator<T> exportOrder;
		private StoreCheck storeCheck;
		private final Map<String, String> attributes = new HashMap<>();

		private Builder(String name, Class<T> type, Supplier<T> factory, Function<T, String> derivedKey, String keyDescription) {
			this.name = name;
			this.type = type;
			this.factory = factory;
			this.derivedKey = derivedKey;
			this.keyDescription = keyDescription;
			Function<T, String> key = derivedKey == null ? CordonEntity::getCode : derivedKey;
			this.exportOrder = Comparator.comparing(key);
		}

		public <V> Builder<T> column(String column, CellType<V> cellType, Function<T, V> getter, BiConsumer<T, V> setter) {
			columns.add(new ValueColumn<>(column, false, cellType, getter, setter));
			return this;
		}

		public <V> Builder<T> optional(String column, CellType<V> cellType, Function<T, V> getter, BiConsumer<T, V> setter) {
			columns.add(new ValueColumn<>(column, true, cellType, getter, setter));
			return this;
		}

		public <R extends CordonEntity> Builder<T> reference(String column, Class<R> referenced, Function<T, R> getter,
				BiConsumer<T, R> setter) {
			columns.add(new ReferenceColumn<>(column, false, referenced, getter, setter));
			return this;
		}

		public <R extends CordonEntity> Builder<T> optionalReference(String column, Class<R> referenced, Function<T, R> getter,
				BiConsumer<T, R> setter) {
			columns.add(new ReferenceColumn<>(column, true, referenced, getter, setter));
			return this;
		}

		/** The entity attribute of the column declared last, where it is not the column's name in camel case. */
		public Builder<T> mappedTo(String attribute) {
			attributes.put(columns.get(columns.size() - 1).name(), attribute);
			return this;
		}

		/** Export order other than by key (e.g. by date, then checkpoint). */
		public Builder<T> exportOrder(Comparator<T> order) {
			this.exportOrder = order;
			return this;
		}

		public Builder<T> check(StoreCheck check) {
			this.storeCheck = check;
			return this;
		}

		public RecordFormat<T> build() {
			return new RecordFormat<>(this);
		}
	}
}
