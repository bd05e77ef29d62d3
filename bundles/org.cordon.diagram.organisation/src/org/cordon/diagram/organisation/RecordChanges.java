package org.cordon.diagram.organisation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cordon.diagram.description.ModelChange;
import org.cordon.model.CordonEntity;
import org.cordon.services.records.RecordService;

/**
 * Model changes made of record saves and deletes through the record service. Each keeps the
 * copy the service returned, so that undo and redo carry the version the database now has.
 */
final class RecordChanges {

	private RecordChanges() {
	}

	/** Changes one stored record; {@code undo} puts back what {@code change} altered. */
	static <T extends CordonEntity> ModelChange update(String label, RecordService records, T record, Consumer<T> change,
			Consumer<T> undo) {
		return new ModelChange() {
			private T current = record;

			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply() {
				change.accept(current);
				current = records.saveAll(List.of(current)).get(0);
			}

			@Override
			public void undo() {
				undo.accept(current);
				current = records.saveAll(List.of(current)).get(0);
			}
		};
	}

	/** Creates a record; undo deletes it, redo creates it afresh. */
	static <T extends CordonEntity> ModelChange create(String label, RecordService records, Supplier<T> newRecord) {
		return new ModelChange() {
			private T stored;

			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply() {
				stored = records.saveAll(List.of(newRecord.get())).get(0);
			}

			@Override
			public void undo() {
				records.deleteAll(List.of(stored));
				stored = null;
			}
		};
	}

	/** Deletes a record; undo stores a copy made by {@code recreate}. */
	static <T extends CordonEntity> ModelChange delete(String label, RecordService records, T record, Supplier<T> recreate) {
		return new ModelChange() {
			private T current = record;

			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply() {
				records.deleteAll(List.of(current));
			}

			@Override
			public void undo() {
				current = records.saveAll(List.of(recreate.get())).get(0);
			}
		};
	}

	/** The next free code of the form PREFIX + number, after the highest in use. */
	static String nextCode(String prefix, List<? extends CordonEntity> existing) {
		int highest = 0;
		for (CordonEntity entity : existing) {
			String code = entity.getCode();
			if (code.startsWith(prefix)) {
				try {
					highest = Math.max(highest, Integer.parseInt(code.substring(prefix.length())));
				} catch (NumberFormatException e) {
					// Codes typed by users need not follow the pattern; they take no number.
				}
			}
		}
		return prefix + String.format("%03d", highest + 1);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
