package org.cordon.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value the county model does not accept, with a message in the user's language (Chinese and
 * English are provided). {@link #getMessage()} is English, for logs and the command line;
 * {@link #getMessage(Locale)} is for dialogs and field decorations.
 */
public class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;
	private static final String BUNDLE = "org.cordon.model.messages";

	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;

	/**
	 * @param field      the field as the CSV formats name it (e.g. {@code vehicles})
	 * @param messageKey a key of {@code org/cordon/model/messages.properties}
	 * @param arguments  the message's arguments; the field is always {0}
	 */
	public InvalidValueException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	/** The reason alone, without the field name, in English. */
	public String getReason() {
		return getReason(Locale.ROOT);
	}

	public String getReason(Locale locale) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, locale, InvalidValueException.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(messageKey);
		} catch (MissingResourceException e) {
			pattern = messageKey;
		}
		Object[] withField = new Object[arguments.length + 1];
		withField[0] = field;
		for (int i = 0; i < arguments.length; i++) {
			// Numbers as the CSV files write them: no grouping separators.
			withField[i + 1] = arguments[i] instanceof Number || arguments[i] instanceof java.time.temporal.TemporalAccessor
					? String.valueOf(arguments[i] instanceof java.math.BigDecimal d ? d.toPlainString() : arguments[i])
					: arguments[i];
		}
		return new MessageFormat(pattern, locale).format(withField);
	}

	@Override
	public String getMessage() {
		return field + ": " + getReason();
	}

	public String getMessage(Locale locale) {
		return field + ": " + getReason(locale);
	}
}
