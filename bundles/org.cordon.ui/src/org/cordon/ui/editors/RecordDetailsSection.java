package org.cordon.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cordon.model.CordonEntity;
import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The form below a record table: every field of the selected record, bound to it with JFace data
 * binding (master: the table's selection; detail: one property per column). A field commits
 * when it loses focus or on Enter, through the same operations as a table cell, so it is undone
 * the same way; a value the record refused keeps its error decoration until it is put right.
 */
final class RecordDetailsSection {

	/** What the section needs from its editor, cell by cell. */
	interface Cells {
		String text(CordonEntity record, int column);

		/** @return why the text was refused, or {@code null} */
		String edit(CordonEntity record, int column, String text);

		/** Why the cell's current text is refused, or {@code null}. */
		String problem(CordonEntity record, int column);

		boolean editable(CordonEntity record, int column);

		/** The texts to choose from, or empty for free text. */
		List<String> choices(int column);

		/** How a choice is shown: in the workbench's language, or as code and name for a record. */
		String choiceLabel(int column, String choice);

		boolean optional(int column);
	}

	/** Beyond this many choices (communities, say) a field takes typed codes rather than a list. */
	static final int MAX_CHOICES = 40;

	private final Cells cells;
	private final IObservableValue<CordonEntity> master;
	private final DataBindingContext bindings;
	private final Group group;
	private final List<Control> fields = new ArrayList<>();
	private final List<ControlDecoration> decorations = new ArrayList<>();

	RecordDetailsSection(Composite parent, List<String> titles, IObservableValue<CordonEntity> master, Cells cells) {
		this.cells = cells;
		this.master = master;
		this.bindings = new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay()));
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		group = new Group(scroll, SWT.NONE);
		group.setText(EditorMessages.detailsTitle);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(12, 6).applyTo(group);
		for (int i = 0; i < titles.size(); i++) {
			addField(i, titles.get(i));
		}
		scroll.setContent(group);
		scroll.setMinSize(group.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		master.addValueChangeListener(event -> refresh());
		refresh();
	}

	Control control() {
		return group.getParent();
	}

	private void addField(int column, String title) {
		Label label = new Label(group, SWT.NONE);
		label.setText(title + (cells.optional(column) ? "" : " *"));
		List<String> choices = cells.choices(column);
		Control field;
		IObservableValue<String> target;
		UpdateValueStrategy<String, String> toRecord = new UpdateValueStrategy<>();
		UpdateValueStrategy<String, String> toField = new UpdateValueStrategy<>();
		if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
			Text text = new Text(group, SWT.BORDER | SWT.SINGLE);
			target = WidgetProperties.text(SWT.FocusOut, SWT.DefaultSelection).observe(text);
			field = text;
		} else {
			Combo combo = new Combo(group, SWT.READ_ONLY);
			List<String> words = new ArrayList<>();
			if (cells.optional(column)) {
				words.add("");
			}
			words.addAll(choices);
			List<String> labels = words.stream().map(word -> cells.choiceLabel(column, word)).toList();
			combo.setItems(labels.toArray(String[]::new));
			target = WidgetProperties.comboSelection().observe(combo);
			// The combo shows labels; the record takes the word a CSV file would hold.
			toRecord.setConverter(IConverter.create(String.class, String.class, shown -> {
				int at = labels.indexOf(shown);
				return at < 0 ? (String) shown : words.get(at);
			}));
			toField.setConverter(IConverter.create(String.class, String.class, word -> {
				int at = words.indexOf(word);
				return at < 0 ? (String) word : labels.get(at);
			}));
			field = combo;
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).indent(8, 0).applyTo(field);
		ControlDecoration decoration = new ControlDecoration(field, SWT.LEFT | SWT.CENTER);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		fields.add(field);
		decorations.add(decoration);
		IObservableValue<String> detail = new CellProperty(column).observeDetail(master);
		Binding binding = bindings.bindValue(target, detail, toRecord, toField);
		field.setData(Binding.class.getName(), binding);
	}

	/** Shows the selected record's values and problems again (after an edit, undo or reload). */
	void refresh() {
		if (group.isDisposed()) {
			return;
		}
		bindings.updateTargets();
		CordonEntity record = master.getValue();
		for (int i = 0; i < fields.size(); i++) {
			fields.get(i).setEnabled(record != null && cells.editable(record, i));
			String problem = record == null ? null : cells.problem(record, i);
			ControlDecoration decoration = decorations.get(i);
			if (problem == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(problem);
				decoration.show();
			}
		}
	}

	/** The field of a column, for tests and for focusing the field of a problem. */
	Control field(int column) {
		return fields.get(column);
	}

	boolean decorationShown(int column) {
		return decorations.get(column).isVisible();
	}

	void dispose() {
		bindings.dispose();
	}

	/** A record's value in one column, as the text a user types. */
	private final class CellProperty extends SimpleValueProperty<CordonEntity, String> {

		private final int column;

		CellProperty(int column) {
			this.column = column;
		}

		@Override
		public Object getValueType() {
			return String.class;
		}

		@Override
		protected String doGetValue(CordonEntity record) {
			return record == null ? "" : cells.text(record, column);
		}

		@Override
		protected void doSetValue(CordonEntity record, String value) {
			if (record != null && !Objects.equals(value == null ? "" : value, cells.text(record, column))) {
				cells.edit(record, column, value == null ? "" : value);
			}
		}

		@Override
		public INativePropertyListener<CordonEntity> adaptListener(
				ISimplePropertyListener<CordonEntity, ValueDiff<? extends String>> listener) {
			// The editor calls refresh() after every change; there is nothing to listen to on an entity.
			return null;
		}
	}
}
