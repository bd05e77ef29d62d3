package org.cordon.ui.editors;

import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.ui.labels.RecordLabels;

/** All records of one kind (as named in docs/csv-formats.md), for the record table editor. */
public final class RecordKindEditorInput extends NamedEditorInput {

	public RecordKindEditorInput(String kind, String title) {
		super(kind, title == null || title.isBlank() ? RecordLabels.current().kindLabel(kind) : title);
	}

	public String kind() {
		return key();
	}

	/** The kind's format, when records of that kind map column by column onto one entity. */
	RecordFormat<?> format() {
		if (RecordKinds.named(kind()).isEmpty()) {
			throw new IllegalArgumentException("no record kind " + kind());
		}
		return RecordKinds.table(kind()).orElseThrow(() -> new IllegalArgumentException("the records of " + kind() + " have no table editor"));
	}

	@Override
	public String getToolTipText() {
		return getName() + " (" + kind() + ")";
	}
}
