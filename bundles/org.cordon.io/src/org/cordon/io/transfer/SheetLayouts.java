package org.cordon.io.transfer;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cordon.io.xlsx.SheetColumn;
import org.cordon.io.xlsx.SheetLayout;
import org.cordon.model.CordonEntity;

/**
 * A record kind's sheet: the columns' titles in the labels given, their shapes, and the drop-down
 * list of every column that picks a choice, yes or no, or a stored record (names shown, codes
 * stored). A record is shown by its name or title; where two share one, or it has none, by its
 * code too. A kind with more than {@value #MAX_LISTED} records gets no list: its codes are typed.
 */
public final class SheetLayouts {

	static final int MAX_LISTED = 2_000;
	private static final Map<Class<?>, MethodHandle> NAMES = new ConcurrentHashMap<>();

	private SheetLayouts() {
	}

	public static SheetLayout of(RecordKind kind, RecordStore store, KindLabels labels) {
		List<SheetColumn> columns = new ArrayList<>();
		for (ColumnShape shape : kind.shapes()) {
			columns.add(new SheetColumn(shape.name(), labels.columnLabel(kind.name(), shape.name()), shape.shape(), list(shape, store, labels)));
		}
		return new SheetLayout(labels.kindLabel(kind.name()), columns, labels.notInList());
	}

	private static Map<String, String> list(ColumnShape shape, RecordStore store, KindLabels labels) {
		Map<String, String> labelOfCode = new LinkedHashMap<>();
		switch (shape.shape()) {
		case YES_NO -> {
			labelOfCode.put("yes", labels.booleanLabel(true));
			labelOfCode.put("no", labels.booleanLabel(false));
		}
		case CHOICE -> shape.constants().forEach(constant -> labelOfCode.put(Cells.word(constant), labels.choiceLabel(constant)));
		default -> {
			if (shape.referenced() != null && store.count(shape.referenced()) <= MAX_LISTED) {
				List<? extends CordonEntity> records = new ArrayList<>(store.all(shape.referenced()));
				records.sort(Comparator.comparing(CordonEntity::getCode));
				records.forEach(record -> labelOfCode.put(record.getCode(), nameOf(record)));
			}
		}
		}
		return distinct(labelOfCode);
	}

	/** Labels that name one code each: a label two codes share, or an empty one, gets its code added. */
	private static Map<String, String> distinct(Map<String, String> labelOfCode) {
		Map<String, Integer> uses = new HashMap<>();
		labelOfCode.values().forEach(label -> uses.merge(label, 1, Integer::sum));
		Map<String, String> distinct = new LinkedHashMap<>();
		labelOfCode.forEach((code, label) -> distinct.put(code,
				label == null || label.isBlank() ? code : uses.get(label) > 1 || labelOfCode.containsKey(label) && !label.equals(code) ? label + " (" + code + ")" : label));
		return distinct;
	}

	/** A record's name, or its title, or nothing: the model's coded records call what people read one of these. */
	static String nameOf(CordonEntity record) {
		MethodHandle getter = NAMES.computeIfAbsent(record.getClass(), SheetLayouts::nameGetter);
		try {
			Object name = getter.invoke(record);
			return name == null ? "" : name.toString().strip();
		} catch (Throwable e) {
			return "";
		}
	}

	private static MethodHandle nameGetter(Class<?> type) {
		MethodHandles.Lookup lookup = MethodHandles.publicLookup();
		for (String getter : List.of("getName", "getTitle")) {
			try {
				return lookup.findVirtual(type, getter, MethodType.methodType(String.class));
			} catch (NoSuchMethodException | IllegalAccessException e) {
				// try the next
			}
		}
		return MethodHandles.dropArguments(MethodHandles.constant(String.class, ""), 0, Object.class);
	}
}
