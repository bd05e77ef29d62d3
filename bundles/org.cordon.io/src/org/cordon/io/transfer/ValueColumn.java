package org.cordon.io.transfer;

import java.util.function.BiConsumer;
import java.util.function.Function;

record ValueColumn<T, V>(String name, boolean optional, CellType<V> type, Function<T, V> getter, BiConsumer<T, V> setter)
		implements ColumnSpec<T> {

	@Override
	public Object read(String text, RecordStore store) throws CellException {
		return type.parse(text);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void apply(T record, Object value) {
		setter.accept(record, (V) value);
	}

	@Override
	public Object value(T record) {
		return getter.apply(record);
	}

	@Override
	public java.util.List<String> suggestions(RecordStore store) {
		return type.choices();
	}

	@Override
	public String write(T record) {
		V value = getter.apply(record);
		return value == null ? "" : type.format(value);
	}
}
