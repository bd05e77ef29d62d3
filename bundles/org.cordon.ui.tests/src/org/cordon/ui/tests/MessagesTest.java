package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cordon.ui.internal.Messages;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The workbench's own words: every message exists in English and in Chinese, with the same parameters. */
class MessagesTest {

	private static final String ENGLISH = "org/cordon/ui/internal/messages.properties";
	private static final String CHINESE = "org/cordon/ui/internal/messages_zh.properties";
	private static final Pattern PARAMETER = Pattern.compile("\\{\\d+\\}");

	private static Set<String> messageFields() {
		return Arrays.stream(Messages.class.getDeclaredFields())
				.filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyMessageHasAnEnglishAndAChineseText() {
		Bundle ui = Languages.bundle("org.cordon.ui");
		PropertyResourceBundle english = Languages.properties(ui, ENGLISH);
		PropertyResourceBundle chinese = Languages.properties(ui, CHINESE);
		Set<String> fields = messageFields();
		assertFalse(fields.isEmpty());
		assertEquals(fields, new TreeSet<>(english.keySet()), "messages.properties against the fields of Messages");
		assertEquals(fields, new TreeSet<>(chinese.keySet()), "messages_zh.properties against the fields of Messages");
		List<String> problems = new ArrayList<>();
		for (String key : fields) {
			String en = english.getString(key);
			String zh = chinese.getString(key);
			if (en.isBlank() || Languages.hasChinese(en)) {
				problems.add(key + ": English is \"" + en + "\"");
			}
			if (!Languages.hasChinese(zh)) {
				problems.add(key + ": Chinese is \"" + zh + "\"");
			}
			if (!parameters(en).equals(parameters(zh))) {
				problems.add(key + ": parameters " + parameters(en) + " in English, " + parameters(zh) + " in Chinese");
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void everyMessageIsLoadedInTheRunningLanguage() throws IllegalAccessException {
		List<String> missing = new ArrayList<>();
		for (String name : messageFields()) {
			String value;
			try {
				value = (String) Messages.class.getField(name).get(null);
			} catch (NoSuchFieldException e) {
				throw new AssertionError(e);
			}
			// NLS fills a field without a text with "NLS missing message: ..." rather than leaving it null.
			if (value == null || value.isBlank() || value.startsWith("NLS missing message")) {
				missing.add(name + "=" + value);
			}
		}
		assertEquals(List.of(), missing);
	}

	private static Set<String> parameters(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PARAMETER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
