package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Locale;

import org.junit.jupiter.api.function.Executable;

/** Assertions the rule tests of every area share. */
public final class ModelAssertions {

	private ModelAssertions() {
	}

	/**
	 * Expects the action to be refused for the field (named as the CSV column) with the message
	 * key, and the refusal to read in English and in Chinese.
	 */
	public static InvalidValueException assertRejected(String field, String messageKey, Executable action) {
		InvalidValueException e = assertThrows(InvalidValueException.class, action);
		assertEquals(field, e.getField(), () -> "field of " + e.getMessage());
		assertEquals(messageKey, e.getMessageKey(), () -> "reason of " + e.getMessage());
		assertReadsInEnglishAndChinese(e);
		return e;
	}

	public static void assertReadsInEnglishAndChinese(InvalidValueException e) {
		String english = e.getReason(Locale.ROOT);
		String chinese = e.getReason(Locale.CHINESE);
		// getReason falls back to the bare key when a bundle lacks it.
		assertNotEquals(e.getMessageKey(), english, "an English message for " + e.getMessageKey());
		assertNotEquals(english, chinese, "a Chinese message for " + e.getMessageKey());
		assertTrue(containsHan(chinese), () -> "the Chinese message is Chinese: " + chinese);
		assertEquals(e.getField() + ": " + english, e.getMessage());
	}

	public static boolean containsHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Makes a record look stored, as the database would after inserting it. */
	public static <T extends CordonEntity> T markStored(T record, long id) {
		try {
			Field field = CordonEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(record, id);
			return record;
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("cannot set the id of " + record, e);
		}
	}
}
