package org.cordon.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle's words in English and Chinese: every %key of plugin.xml and MANIFEST.MF in plugin.properties and
 * plugin_zh.properties, every message in messages.properties and messages_zh.properties, each language in itself.
 */
class ReportUiTranslationsTest {

	private static final Bundle BUNDLE = FrameworkUtil.getBundle(DashboardView.class);

	@Test
	void everyDeclaredKeyHasEnglishAndChineseText() throws IOException {
		PropertyResourceBundle english = properties("plugin.properties");
		PropertyResourceBundle chinese = properties("plugin_zh.properties");
		Set<String> used = new TreeSet<>();
		Matcher keys = Pattern.compile("%([A-Za-z0-9_.-]+)").matcher(text("plugin.xml") + "\n" + text("META-INF/MANIFEST.MF"));
		while (keys.find()) {
			used.add(keys.group(1));
		}
		assertFalse(used.isEmpty());
		List<String> problems = new ArrayList<>();
		for (String key : used) {
			check(problems, "plugin", key, english, chinese);
		}
		assertEquals(english.keySet(), chinese.keySet());
		assertEquals(List.of(), problems);
	}

	@Test
	void everyMessageHasEnglishAndChineseText() throws IOException {
		PropertyResourceBundle english = properties("org/cordon/report/ui/messages.properties");
		PropertyResourceBundle chinese = properties("org/cordon/report/ui/messages_zh.properties");
		List<String> problems = new ArrayList<>();
		for (var field : Messages.class.getFields()) {
			check(problems, "messages", field.getName(), english, chinese);
		}
		assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(chinese.keySet()));
		assertEquals(List.of(), problems);
	}

	private static void check(List<String> problems, String file, String key, PropertyResourceBundle english, PropertyResourceBundle chinese) {
		if (!english.containsKey(key) || english.getString(key).isBlank() || hasChinese(english.getString(key))) {
			problems.add(file + ": " + key + " has no English text of its own");
		}
		if (!chinese.containsKey(key) || !hasChinese(chinese.getString(key))) {
			problems.add(file + ": " + key + " has no Chinese text");
		}
	}

	private static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static PropertyResourceBundle properties(String path) throws IOException {
		URL entry = BUNDLE.getEntry(path) != null ? BUNDLE.getEntry(path) : BUNDLE.getResource(path);
		try (InputStream in = entry.openStream()) {
			return new PropertyResourceBundle(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	private static String text(String path) throws IOException {
		try (InputStream in = BUNDLE.getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
