package org.cordon.io.transfer;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.cordon.model.CordonEntity;

/** A column holding the code of another record, which must exist. */
record ReferenceColumn<T, R extends CordonEntity>(String name, boolean optional, Class<R> type, Function<T, R> getter,
		BiConsumer<T, R> setter) implements ColumnSpec<T> {

	@Override
	public Object read(String text, RecordStore store) throws CellException {
		String code = Cells.code().parse(text);
		R record = store.byCode(type).get(code);
		if (record == null) {
			throw new CellException("noSuchRecord", type, Cells.shown(code));
		}
		return record;
	}

	@Override
	public void apply(T record, Object value) {
		setter.accept(record, type.cast(value));
	}

	@Override
	public Object value(T record) {
		return getter.apply(record);
	}

	@Override
	public java.util.List<String> suggestions(RecordStore store) {
		return store.byCode(type).keySet().stream().sorted().toList();
	}

	@Override
	public String write(T record) {
		R referenced = getter.apply(record);
		return referenced == null ? "" : referenced.getCode();
	}
}
