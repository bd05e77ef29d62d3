package org.cordon.io.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.organisation.TownshipKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CellMessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyReasonIsGivenInEnglishAndInChineseWithTheSamePlaceholders() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		Set<String> chineseReasons = chinese.stringPropertyNames().stream().filter(key -> !key.startsWith("type."))
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(english.stringPropertyNames()), chineseReasons);
		for (String key : english.stringPropertyNames()) {
			assertTrue(HAN.matcher(chinese.getProperty(key)).find(), key + " is Chinese in messages_zh.properties");
			assertTrue(!HAN.matcher(english.getProperty(key)).find(), key + " is English in messages.properties");
			assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key + " has the same arguments");
		}
	}

	@Test
	void everyRefusalOfACellReadsInBothLanguages() {
		List<Executable> refusals = List.of(() -> Cells.text().parse("x".repeat(2001)), () -> Cells.text().parse("a\u0007b"),
				() -> Cells.code().parse("CP 01"), () -> Cells.count().parse("abc"), () -> Cells.count().parse("99999999999999999999"),
				() -> Cells.count().parse("-1"), () -> Cells.range(1, 5).parse("6"), () -> Cells.yuan().parse("1,000"),
				() -> Cells.yuan().parse("-1"), () -> Cells.yuan().parse("1.234"), () -> Cells.date().parse("13/02/2020"),
				() -> Cells.date().parse("2020-02-30"), () -> Cells.bool().parse("maybe"),
				() -> Cells.choice(TownshipKind.class).parse("city"));
		Set<String> keys = new TreeSet<>();
		for (Executable refusal : refusals) {
			CellException e = assertThrows(CellException.class, refusal);
			String english = e.getReason(Locale.ENGLISH);
			String chinese = e.getReason(Locale.SIMPLIFIED_CHINESE);
			assertEquals(e.getMessage(), english);
			assertTrue(!english.equals(e.getMessageKey()), e.getMessageKey() + " has an English text");
			assertTrue(HAN.matcher(chinese).find(), e.getMessageKey() + " reads in Chinese: " + chinese);
			keys.add(e.getMessageKey());
		}
		assertEquals(14, keys.size(), "each refusal has its own reason");
	}

	@Test
	void aMissingReferenceNamesTheRecordTypeInTheReadersLanguage() {
		ColumnSpec<Object> column = new ReferenceColumn<>("checkpoint", false, Checkpoint.class, record -> null, (record, value) -> {
		});
		RecordStore empty = new MemoryStore();
		CellException e = assertThrows(CellException.class, () -> column.read("CP-99", empty));
		assertEquals("there is no checkpoint with the code \"CP-99\"", e.getMessage());
		assertEquals("没有编码为 \"CP-99\" 的卡口", e.getReason(Locale.SIMPLIFIED_CHINESE));
		assertNotEquals(e.getReason(Locale.ENGLISH), e.getReason(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void aChoiceRefusalKeepsTheWordsACsvFileUses() {
		CellException e = assertThrows(CellException.class, () -> Cells.choice(TownshipKind.class).parse("city"));
		assertEquals("\"city\" is not one of town, township", e.getMessage());
		assertEquals("\"city\" 不是以下之一:town, township", e.getReason(Locale.SIMPLIFIED_CHINESE));
	}

	private static List<String> placeholders(String pattern) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found.stream().sorted().toList();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CellException.class.getResourceAsStream(name)) {
			assertTrue(in != null, name + " is in the io bundle");
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
