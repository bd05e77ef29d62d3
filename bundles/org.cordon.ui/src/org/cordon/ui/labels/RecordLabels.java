package org.cordon.ui.labels;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import org.cordon.io.transfer.KindLabels;

/**
 * What the workbench calls record kinds, their columns and the model's choices, in the user's
 * language. Record kinds and columns are named as in the CSV formats ({@code key-persons},
 * {@code temperature_c}; see {@code RecordKinds}); the labels live in {@code records.properties}
 * (English) and {@code records_zh.properties} (Chinese) next to this class.
 * <p>
 * A name without a label comes back unchanged, so that a kind a newer plug-in brings still shows
 * its CSV name rather than nothing. As {@link KindLabels} they title the sheets of exported workbooks.
 */
public final class RecordLabels implements KindLabels {

	private static final String BUNDLE = "org.cordon.ui.labels.records";
	/*
	 * Without this, a locale that has no file of its own (say French) would get the labels of the
	 * JVM's default locale instead of the English base file, which is not what the caller asked for.
	 */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Locale locale;
	private final ResourceBundle labels;

	private RecordLabels(Locale locale) {
		this.locale = locale;
		this.labels = ResourceBundle.getBundle(BUNDLE, locale, RecordLabels.class.getClassLoader(), NO_FALLBACK);
	}

	/** The labels in the workbench's language (Eclipse sets the default locale from {@code -nl}). */
	public static RecordLabels current() {
		return in(Locale.getDefault());
	}

	public static RecordLabels in(Locale locale) {
		return new RecordLabels(Objects.requireNonNull(locale, "locale"));
	}

	public Locale locale() {
		return locale;
	}

	/** A record kind's label, e.g. "Key persons" for {@code key-persons}. */
	@Override
	public String kindLabel(String kindName) {
		return find("kind." + kindName).orElse(kindName);
	}

	/** A column's label wherever it appears, e.g. "Temperature (°C)" for {@code temperature_c}. */
	public String columnLabel(String columnName) {
		return find("column." + columnName).orElse(columnName);
	}

	/**
	 * A column's label in one kind: the kind's own label where the column means something
	 * particular there ({@code unit} of {@code material-items} is a unit of measure, elsewhere a
	 * county unit), otherwise the column's label.
	 */
	@Override
	public String columnLabel(String kindName, String columnName) {
		return find("column." + kindName + "." + columnName).orElseGet(() -> columnLabel(columnName));
	}

	/** A choice's label, e.g. "居家隔离" for {@code QuarantineKind.HOME} in Chinese. */
	@Override
	public String choiceLabel(Enum<?> value) {
		return find(choiceKey(value)).orElse(value.name());
	}

	/** Yes or no, as a check box column's cell reads. */
	@Override
	public String booleanLabel(boolean value) {
		String key = value ? "flag.yes" : "flag.no";
		return find(key).orElse(value ? "yes" : "no");
	}
	/** What a workbook of the desk says when a value typed is none of a drop-down list's. */
	@Override
	public String notInList() {
		return find("list.notInList").orElseGet(KindLabels.super::notInList);
	}


	static String choiceKey(Enum<?> value) {
		return "choice." + value.getDeclaringClass().getSimpleName() + "." + value.name();
	}

	/** The label of a key, or empty when neither this locale's file nor the English one has it. */
	Optional<String> find(String key) {
		try {
			return Optional.of(labels.getString(key));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}
}
