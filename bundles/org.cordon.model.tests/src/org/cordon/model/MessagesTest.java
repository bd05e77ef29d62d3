package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

	@Test
	void everyReasonIsGivenInEnglishAndInChinese() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
		for (String key : chinese.stringPropertyNames()) {
			assertTrue(ModelAssertions.containsHan(chinese.getProperty(key)), key + " is Chinese in messages_zh.properties");
			assertTrue(!ModelAssertions.containsHan(english.getProperty(key)), key + " is English in messages.properties");
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = InvalidValueException.class.getResourceAsStream(name)) {
			assertTrue(in != null, name + " is in the model bundle");
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
