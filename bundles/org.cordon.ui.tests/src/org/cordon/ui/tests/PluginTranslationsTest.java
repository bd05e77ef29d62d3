package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The declarations of the workbench, of every group bundle and of the diagrams (plugin.xml, MANIFEST.MF) in English
 * and Chinese: every %key has both texts, nothing a user reads is left untranslated, and each
 * language is written in itself.
 */
class PluginTranslationsTest {

	private static final Pattern KEY = Pattern.compile("%([A-Za-z0-9_.-]+)");
	/** Elements whose name, label, tooltip and description a user reads in menus, tabs and dialogs. */
	private static final Set<String> SHOWN_ELEMENTS = Set.of("extension-point", "extension", "perspective", "view", "editor",
			"command", "commandParameter", "menu", "workingGroup", "description");
	private static final List<String> SHOWN_ATTRIBUTES = List.of("name", "label", "tooltip", "description");

	@Test
	void everyKeyOfEveryDeclarationHasEnglishAndChineseText() {
		List<String> problems = new ArrayList<>();
		for (String symbolicName : Languages.TRANSLATED_DECLARATIONS) {
			Bundle bundle = Languages.bundle(symbolicName);
			PropertyResourceBundle english = Languages.properties(bundle, "plugin.properties");
			PropertyResourceBundle chinese = Languages.properties(bundle, "plugin_zh.properties");
			Set<String> used = keysUsed(bundle);
			assertFalse(used.isEmpty(), symbolicName + " uses no %keys");
			for (String key : used) {
				if (!english.containsKey(key) || english.getString(key).isBlank()) {
					problems.add(symbolicName + ": %" + key + " has no English text");
				} else if (Languages.hasChinese(english.getString(key))) {
					problems.add(symbolicName + ": the English text of %" + key + " has Chinese in it: " + english.getString(key));
				}
				if (!chinese.containsKey(key) || !Languages.hasChinese(chinese.getString(key))) {
					problems.add(symbolicName + ": %" + key + " has no Chinese text");
				}
			}
			if (!english.keySet().equals(chinese.keySet())) {
				problems.add(symbolicName + ": plugin.properties has " + new TreeSet<>(english.keySet())
						+ " but plugin_zh.properties has " + new TreeSet<>(chinese.keySet()));
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void nothingAUserReadsInADeclarationIsLeftUntranslated() throws Exception {
		List<String> untranslated = new ArrayList<>();
		for (String symbolicName : Languages.TRANSLATED_DECLARATIONS) {
			Bundle bundle = Languages.bundle(symbolicName);
			Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
					Languages.text(bundle, "plugin.xml").getBytes(StandardCharsets.UTF_8)));
			NodeList elements = plugin.getElementsByTagName("*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				if (SHOWN_ELEMENTS.contains(element.getTagName())) {
					for (String attribute : SHOWN_ATTRIBUTES) {
						String value = element.getAttribute(attribute);
						if (!value.isEmpty() && !value.startsWith("%")) {
							untranslated.add(symbolicName + ": <" + element.getTagName() + " " + attribute + "=\"" + value + "\">");
						}
					}
				}
				String text = element.getTextContent().strip();
				if ("description".equals(element.getTagName()) && !text.isEmpty() && !text.startsWith("%")) {
					untranslated.add(symbolicName + ": <description>" + element.getTextContent().strip());
				}
			}
			String bundleName = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
			if (!bundleName.startsWith("%")) {
				untranslated.add(symbolicName + ": Bundle-Name: " + bundleName);
			}
		}
		assertEquals(List.of(), untranslated);
	}

	@Test
	void theFrameworkReadsEachBundleNameInTheAskedLanguage() {
		for (String symbolicName : Languages.TRANSLATED_DECLARATIONS) {
			Bundle bundle = Languages.bundle(symbolicName);
			String english = bundle.getHeaders("en").get(Constants.BUNDLE_NAME);
			String chinese = bundle.getHeaders("zh_CN").get(Constants.BUNDLE_NAME);
			assertFalse(Languages.hasChinese(english), symbolicName + " in English: " + english);
			assertTrue(Languages.hasChinese(chinese), symbolicName + " in Chinese: " + chinese);
		}
	}

	@Test
	void eachGroupIsNamedInOneLanguageAtATime() {
		for (String symbolicName : Languages.LOCALISED_BUNDLES.subList(1, Languages.LOCALISED_BUNDLES.size())) {
			Bundle bundle = Languages.bundle(symbolicName);
			String english = Languages.properties(bundle, "plugin.properties").getString("group.name");
			String chinese = Languages.properties(bundle, "plugin_zh.properties").getString("group.name");
			assertFalse(Languages.hasChinese(english), english);
			assertFalse(Languages.hasLatinLetter(chinese), chinese);
			assertTrue(Languages.hasChinese(chinese), chinese);
		}
	}

	private static Set<String> keysUsed(Bundle bundle) {
		Set<String> keys = new TreeSet<>();
		Matcher inPlugin = KEY.matcher(Languages.text(bundle, "plugin.xml"));
		while (inPlugin.find()) {
			keys.add(inPlugin.group(1));
		}
		Matcher inManifest = KEY.matcher(Languages.text(bundle, "META-INF/MANIFEST.MF"));
		while (inManifest.find()) {
			keys.add(inManifest.group(1));
		}
		return keys;
	}
}
