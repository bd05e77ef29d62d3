package org.cordon.ui.properties;

import java.util.function.Function;

/** One row of the Properties view for a record: category, label and how to read it. */
public record RecordProperty<T>(String category, String label, Function<T, Object> reader) {
}
