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
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;

/**
 * The words of the workbench, its boards, figures and diagrams: every message class has an
 * English and a Chinese text for each of its messages, with the same parameters.
 */
class MessagesTest {

	private static final Pattern PARAMETER = Pattern.compile("\\{\\d+\\}");

	/** A message class (an NLS subclass) and the bundle that holds it and its two properties files. */
	record MessageClass(String bundle, String className) {

		String englishPath() {
			return className.substring(0, className.lastIndexOf('.')).replace('.', '/') + "/messages.properties";
		}

		String chinesePath() {
			return englishPath().replace("messages.properties", "messages_zh.properties");
		}

		Class<?> load() {
			try {
				return Languages.bundle(bundle).loadClass(className);
			} catch (ClassNotFoundException e) {
				throw new AssertionError(className + " is not in " + bundle, e);
			}
		}

		@Override
		public String toString() {
			return className;
		}
	}

	static Stream<MessageClass> messageClasses() {
		return Stream.of(new MessageClass("org.cordon.ui", "org.cordon.ui.internal.Messages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.editors.EditorMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.grids.GridMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.figures.FigureMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.database.DatabaseMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.history.HistoryMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.navigator.NavigatorMessages"),
				new MessageClass("org.cordon.ui", "org.cordon.ui.transfer.TransferMessages"),
				new MessageClass("org.cordon.group.office", "org.cordon.group.office.Messages"),
				new MessageClass("org.cordon.group.checkpoints", "org.cordon.group.checkpoints.Messages"),
				new MessageClass("org.cordon.group.screening", "org.cordon.group.screening.Messages"),
				new MessageClass("org.cordon.group.community", "org.cordon.group.community.Messages"),
				new MessageClass("org.cordon.group.funds", "org.cordon.group.funds.Messages"),
				new MessageClass("org.cordon.group.materials", "org.cordon.group.materials.Messages"),
				new MessageClass("org.cordon.diagram.ui", "org.cordon.diagram.ui.DiagramMessages"),
				new MessageClass("org.cordon.diagram.organisation", "org.cordon.diagram.organisation.Messages"));
	}

	private static Set<String> messageFields(Class<?> messages) {
		return Arrays.stream(messages.getDeclaredFields())
				.filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	@ParameterizedTest
	@MethodSource("messageClasses")
	void everyMessageHasAnEnglishAndAChineseText(MessageClass messageClass) {
		Bundle bundle = Languages.bundle(messageClass.bundle());
		PropertyResourceBundle english = Languages.properties(bundle, messageClass.englishPath());
		PropertyResourceBundle chinese = Languages.properties(bundle, messageClass.chinesePath());
		Set<String> fields = messageFields(messageClass.load());
		assertFalse(fields.isEmpty());
		assertEquals(fields, new TreeSet<>(english.keySet()), messageClass.englishPath() + " against the fields of " + messageClass);
		assertEquals(fields, new TreeSet<>(chinese.keySet()), messageClass.chinesePath() + " against the fields of " + messageClass);
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

	@ParameterizedTest
	@MethodSource("messageClasses")
	void everyMessageIsLoadedInTheRunningLanguage(MessageClass messageClass) throws IllegalAccessException {
		Class<?> messages = messageClass.load();
		List<String> missing = new ArrayList<>();
		for (String name : messageFields(messages)) {
			String value;
			try {
				value = (String) messages.getField(name).get(null);
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
