package org.cordon.ui.editors;

import java.util.Objects;

import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** All records of one kind (as named in docs/csv-formats.md), for the record table editor. */
public final class RecordKindEditorInput implements IEditorInput {

	private final String kind;
	private final String title;

	public RecordKindEditorInput(String kind, String title) {
		this.kind = Objects.requireNonNull(kind);
		this.title = title == null || title.isBlank() ? RecordLabels.current().kindLabel(kind) : title;
	}

	public String kind() {
		return kind;
	}

	/** The kind's format, when records of that kind map column by column onto one entity. */
	RecordFormat<?> format() {
		if (RecordKinds.named(kind).isEmpty()) {
			throw new IllegalArgumentException("no record kind " + kind);
		}
		return RecordKinds.table(kind).orElseThrow(() -> new IllegalArgumentException("the records of " + kind + " have no table editor"));
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return title + " (" + kind + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordKindEditorInput input && input.kind.equals(kind);
	}

	@Override
	public int hashCode() {
		return kind.hashCode();
	}
}
