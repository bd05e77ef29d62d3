package org.cordon.io.transfer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A cell that cannot be read as its column's type. The reason is a message key with arguments so
 * that an editor shows it in the workbench's language; {@link #getMessage()} stays English for the
 * command line and the import's problem list.
 */
public class CellException extends Exception {

	private static final long serialVersionUID = 1L;
	private static final String BUNDLE = "org.cordon.io.transfer.messages";

	private final String messageKey;
	private final transient Object[] arguments;

	/**
	 * @param messageKey a key of {@code org/cordon/io/transfer/messages.properties}
	 * @param arguments  its arguments; a {@link Class} argument is a record type, named in the language asked for
	 */
	public CellException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return messageKey;
	}

	@Override
	public String getMessage() {
		return getReason(Locale.ROOT);
	}

	/** The reason in {@code locale}'s language where there is a translation, else in English. */
	public String getReason(Locale locale) {
		ResourceBundle messages = messages(locale);
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = arguments[i] instanceof Class<?> type ? typeName(messages, type)
					// Numbers as the CSV files write them: no grouping separators.
					: arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
		}
		String pattern;
		try {
			pattern = messages.getString(messageKey);
		} catch (MissingResourceException e) {
			pattern = messageKey;
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

	private static String typeName(ResourceBundle messages, Class<?> type) {
		try {
			return messages.getString("type." + type.getSimpleName());
		} catch (MissingResourceException e) {
			return RecordKinds.describe(type);
		}
	}

	private static ResourceBundle messages(Locale locale) {
		// Without fallback to the default locale: asking for English must give English on a Chinese desktop.
		return ResourceBundle.getBundle(BUNDLE, locale, CellException.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
