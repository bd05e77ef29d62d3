package org.cordon.ui.properties;

import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows a record in the Properties view. Read-only: records change in their group's editor or
 * in the diagrams, where the change can be validated and undone.
 */
public class RecordPropertySource<T extends CordonEntity> implements IPropertySource {

	private final T record;
	private final List<RecordProperty<T>> properties;

	public RecordPropertySource(T record, List<RecordProperty<T>> properties) {
		this.record = record;
		this.properties = properties;
	}

	@Override
	public Object getEditableValue() {
		return record;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[properties.size()];
		for (int i = 0; i < descriptors.length; i++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(Integer.valueOf(i), properties.get(i).label());
			descriptor.setCategory(properties.get(i).category());
			descriptors[i] = descriptor;
		}
		return descriptors;
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object value = properties.get((Integer) id).reader().apply(record);
		if (value == null) {
			return "";
		}
		if (value instanceof CordonEntity entity) {
			return entity.getDisplayName();
		}
		if (value instanceof Enum<?> choice) {
			return RecordLabels.current().choiceLabel(choice);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only.
	}
}
