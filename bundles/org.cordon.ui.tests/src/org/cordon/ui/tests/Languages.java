package org.cordon.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** What the language tests share: the bundles with translated declarations, and reading their files. */
public final class Languages {

	/** The workbench and the ten group bundles, whose plugin.xml and MANIFEST are translated. */
	public static final List<String> LOCALISED_BUNDLES = List.of("org.cordon.ui", "org.cordon.group.office",
			"org.cordon.group.checkpoints", "org.cordon.group.screening", "org.cordon.group.community",
			"org.cordon.group.medical", "org.cordon.group.materials", "org.cordon.group.funds", "org.cordon.group.publicity",
			"org.cordon.group.schools", "org.cordon.group.supervision");

	/** The diagram editor and the organisation diagrams, whose plugin.xml and MANIFEST are translated too. */
	public static final List<String> DIAGRAM_BUNDLES = List.of("org.cordon.diagram.ui", "org.cordon.diagram.organisation");

	/** Every bundle whose declarations (plugin.xml, MANIFEST.MF) are in English and Chinese. */
	public static final List<String> TRANSLATED_DECLARATIONS = Stream
			.concat(LOCALISED_BUNDLES.stream(), DIAGRAM_BUNDLES.stream()).toList();

	private Languages() {
	}

	public static Bundle bundle(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		if (bundle == null) {
			throw new AssertionError(symbolicName + " is not installed in the test runtime");
		}
		return bundle;
	}

	/** A properties file inside a bundle, read as Equinox reads it (UTF-8, like every Java 9+ resource bundle). */
	public static PropertyResourceBundle properties(Bundle bundle, String path) {
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new AssertionError(bundle.getSymbolicName() + " has no " + path);
		}
		try (InputStream in = entry.openStream()) {
			return new PropertyResourceBundle(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String text(Bundle bundle, String path) {
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new AssertionError(bundle.getSymbolicName() + " has no " + path);
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether the text has a Chinese character (a Han ideograph) in it. */
	public static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	public static boolean hasLatinLetter(String text) {
		return text.codePoints().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
	}
}
