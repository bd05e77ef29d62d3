package org.cordon.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.ui.tests.Languages;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Every record kind, every column of every kind and every choice of the model has a label in
 * English and in Chinese, and no label names a kind, column or choice that does not exist.
 */
class RecordLabelsTest {

	private static final RecordLabels ENGLISH = RecordLabels.in(Locale.ENGLISH);
	private static final RecordLabels CHINESE = RecordLabels.in(Locale.SIMPLIFIED_CHINESE);

	@Test
	void aWorkbooksDropDownWarningIsInTheDesksLanguage() {
		assertTrue(RecordLabels.in(Locale.CHINESE).notInList().contains("下拉列表"), RecordLabels.in(Locale.CHINESE).notInList());
		assertTrue(RecordLabels.in(Locale.ENGLISH).notInList().startsWith("This is none of the list's values"));
	}

	@Test
	void everyKindAndEveryColumnOfItHasAnEnglishAndAChineseLabel() {
		List<String> missing = new ArrayList<>();
		for (RecordKind kind : RecordKinds.all()) {
			check(missing, "kind." + kind.name(), ENGLISH.find("kind." + kind.name()), CHINESE.find("kind." + kind.name()));
			for (String column : columnsOf(kind)) {
				check(missing, kind.name() + "/" + column, columnLabel(ENGLISH, kind.name(), column),
						columnLabel(CHINESE, kind.name(), column));
			}
		}
		assertEquals(List.of(), missing);
		assertTrue(RecordKinds.all().size() > 30, "all kinds were looked at");
	}

	/** A kind's file columns and, where they differ, the columns its editor's table shows. */
	private static Set<String> columnsOf(RecordKind kind) {
		Set<String> columns = new java.util.LinkedHashSet<>(kind.header());
		RecordKinds.table(kind.name()).ifPresent(table -> columns.addAll(table.header()));
		return columns;
	}

	@Test
	void everyChoiceOfTheModelHasAnEnglishAndAChineseLabel() throws ClassNotFoundException {
		List<Class<? extends Enum<?>>> choices = modelEnums();
		// The CSV formats' choice columns use these; if the model gains one, it needs labels too.
		assertTrue(choices.stream().map(Class::getSimpleName).collect(Collectors.toSet()).containsAll(Set.of("FollowUpRole",
				"QuarantineKind", "TownshipKind", "KeyPersonCategory", "CheckpointKind", "PositionRole")), choices.toString());
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : choices) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = RecordLabels.choiceKey(constant);
				check(missing, key, ENGLISH.find(key), CHINESE.find(key));
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void bothFilesHaveTheSameKeysAndEachKeyNamesSomethingThatExists() throws ClassNotFoundException {
		Bundle ui = Languages.bundle("org.cordon.ui");
		PropertyResourceBundle english = Languages.properties(ui, "org/cordon/ui/labels/records.properties");
		PropertyResourceBundle chinese = Languages.properties(ui, "org/cordon/ui/labels/records_zh.properties");
		// A key only in English would show English in a Chinese workbench, through the parent file.
		assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(chinese.keySet()));

		Set<String> known = new TreeSet<>(Set.of("flag.yes", "flag.no", "list.notInList"));
		for (RecordKind kind : RecordKinds.all()) {
			known.add("kind." + kind.name());
			for (String column : columnsOf(kind)) {
				known.add("column." + column);
				known.add("column." + kind.name() + "." + column);
			}
		}
		for (Class<? extends Enum<?>> type : modelEnums()) {
			Arrays.stream(type.getEnumConstants()).map(RecordLabels::choiceKey).forEach(known::add);
		}
		Set<String> stray = new TreeSet<>(english.keySet());
		stray.removeAll(known);
		assertEquals(Set.of(), stray, "labels of kinds, columns or choices that do not exist");
	}

	@Test
	void aColumnThatMeansSomethingElseInOneKindHasItsOwnLabelThere() {
		assertEquals("计量单位", CHINESE.columnLabel("material-items", "unit"));
		assertEquals("县直单位", CHINESE.columnLabel("persons", "unit"));
		assertEquals("姓名", CHINESE.columnLabel("key-persons", "name"));
		assertEquals("名称", CHINESE.columnLabel("schools", "name"));
		assertEquals("Unit of measure", ENGLISH.columnLabel("material-items", "unit"));
		assertEquals(ENGLISH.columnLabel("unit"), ENGLISH.columnLabel("persons", "unit"));
	}

	@Test
	void labelsReadInTheCountysOwnWords() {
		assertEquals("五包一包联人员", CHINESE.kindLabel("follow-up-members"));
		assertEquals("日报告、零报告", CHINESE.kindLabel("daily-reports"));
		assertEquals("体温(°C)", CHINESE.columnLabel("temperature_c"));
		assertEquals("Temperature (°C)", ENGLISH.columnLabel("temperature_c"));
		assertEquals("居家隔离", CHINESE.choiceLabel(org.cordon.model.screening.QuarantineKind.HOME));
		assertEquals("Village doctor", ENGLISH.choiceLabel(org.cordon.model.screening.FollowUpRole.VILLAGE_DOCTOR));
		assertEquals("是", CHINESE.booleanLabel(true));
	}

	@Test
	void aLanguageWithoutLabelsGetsEnglishAndAnUnknownNameComesBackAsItIs() {
		RecordLabels french = RecordLabels.in(Locale.FRENCH);
		assertEquals("Key persons", french.kindLabel("key-persons"));
		assertEquals("a-kind-from-a-newer-plug-in", CHINESE.kindLabel("a-kind-from-a-newer-plug-in"));
		assertEquals("some_column", CHINESE.columnLabel("key-persons", "some_column"));
		assertNotEquals(CHINESE.kindLabel("key-persons"), ENGLISH.kindLabel("key-persons"));
	}

	@Test
	void theCurrentLabelsFollowTheDefaultLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			assertEquals("重点人员", RecordLabels.current().kindLabel("key-persons"));
			Locale.setDefault(Locale.US);
			assertEquals("Key persons", RecordLabels.current().kindLabel("key-persons"));
		} finally {
			Locale.setDefault(before);
		}
	}

	private static Optional<String> columnLabel(RecordLabels labels, String kind, String column) {
		Optional<String> own = labels.find("column." + kind + "." + column);
		return own.isPresent() ? own : labels.find("column." + column);
	}

	private static void check(List<String> missing, String what, Optional<String> english, Optional<String> chinese) {
		if (english.isEmpty() || english.get().isBlank() || Languages.hasChinese(english.get())) {
			missing.add(what + " in English: " + english.orElse("(none)"));
		}
		if (chinese.isEmpty() || !Languages.hasChinese(chinese.get())) {
			missing.add(what + " in Chinese: " + chinese.orElse("(none)"));
		}
	}

	/** Every enumeration of the model bundle, found in the bundle itself so a new one cannot be forgotten. */
	@SuppressWarnings("unchecked")
	private static List<Class<? extends Enum<?>>> modelEnums() throws ClassNotFoundException {
		Bundle model = Languages.bundle("org.cordon.model");
		Collection<String> classFiles = model.adapt(BundleWiring.class).listResources("/org/cordon/model", "*.class",
				BundleWiring.LISTRESOURCES_RECURSE);
		List<Class<? extends Enum<?>>> enums = new ArrayList<>();
		for (String classFile : classFiles) {
			Class<?> type = model.loadClass(classFile.replace('/', '.').substring(0, classFile.length() - ".class".length()));
			if (type.isEnum()) {
				enums.add((Class<? extends Enum<?>>) type);
			}
		}
		assertFalse(enums.isEmpty(), "the model bundle has enumerations");
		return enums;
	}
}
