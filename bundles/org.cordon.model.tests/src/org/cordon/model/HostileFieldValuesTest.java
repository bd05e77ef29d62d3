package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The editors' side of the hostile input corpus: every field an editor binds to (every public
 * setter of every record) refuses megabyte texts, negative numbers and negative amounts with a
 * reason in English and Chinese, and never with anything but an InvalidValueException.
 */
class HostileFieldValuesTest {

	private static final String MEGABYTE = "临".repeat(350_000);

	@Test
	void everyFieldRefusesHostileValuesWithAReasonInBothLanguages() throws Exception {
		List<String> failures = new ArrayList<>();
		int cases = 0;
		for (Class<? extends CordonEntity> type : EntityCatalogueTest.ENTITIES) {
			for (Method setter : type.getMethods()) {
				if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1 || Modifier.isStatic(setter.getModifiers())) {
					continue;
				}
				Class<?> parameter = setter.getParameterTypes()[0];
				Object hostile = parameter == String.class ? MEGABYTE
						: parameter == int.class || parameter == Integer.class ? Integer.valueOf(-1)
								: parameter == BigDecimal.class ? new BigDecimal("-0.01") : null;
				if (hostile == null) {
					continue;
				}
				cases++;
				CordonEntity record = type.getDeclaredConstructor().newInstance();
				String name = type.getSimpleName() + "." + setter.getName() + "(" + (hostile == MEGABYTE ? "1 MB text" : hostile) + ")";
				try {
					setter.invoke(record, hostile);
					failures.add(name + " was accepted");
				} catch (InvocationTargetException e) {
					if (e.getCause() instanceof InvalidValueException invalid) {
						String english = invalid.getReason(Locale.ROOT);
						String chinese = invalid.getReason(Locale.CHINESE);
						if (invalid.getField().isBlank() || english.equals(chinese) || !chinese.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
								|| english.length() > 200) {
							failures.add(name + ": unclear reason " + invalid.getField() + ": " + english + " / " + chinese);
						}
					} else {
						failures.add(name + " threw " + e.getCause());
					}
				}
			}
		}
		assertTrue(cases > 100, "only " + cases + " field cases");
		if (!failures.isEmpty()) {
			fail(failures.size() + " of " + cases + " fields took a hostile value badly:\n" + String.join("\n", failures));
		}
		System.out.println("hostile field values: " + cases + " cases refused");
	}
}
