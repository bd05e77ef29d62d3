package org.cordon.io.transfer;

import java.util.List;

import org.cordon.io.transfer.CellType.Shape;
import org.cordon.model.CordonEntity;

/**
 * What a column of a kind's file holds, as a spreadsheet needs to know it: its shape, the
 * constants of a choice, or the type of record whose code it names.
 */
public record ColumnShape(String name, Shape shape, List<? extends Enum<?>> constants, Class<? extends CordonEntity> referenced) {

	public ColumnShape {
		constants = List.copyOf(constants);
	}

	public static ColumnShape of(String name, CellType<?> type) {
		return new ColumnShape(name, type.shape(), type.constants(), null);
	}

	public static ColumnShape reference(String name, Class<? extends CordonEntity> referenced) {
		return new ColumnShape(name, Shape.CODE, List.of(), referenced);
	}

	public static ColumnShape text(String name) {
		return new ColumnShape(name, Shape.TEXT, List.of(), null);
	}
}
