package org.cordon.ui.transfer;

import java.util.Locale;

/** Turns a failure into the one sentence a dialog says: the innermost message, never a stack trace. */
final class Problems {

	private Problems() {
	}

	static String sentence(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root && root.getCause().getMessage() != null) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		// The first line only: a list of problems belongs in the page's table, not in a sentence.
		String first = message.lines().findFirst().orElse(message).strip();
		if (first.isEmpty()) {
			return root.getClass().getSimpleName();
		}
		String sentence = Character.toUpperCase(first.charAt(0)) + first.substring(1);
		return sentence.endsWith(".") || sentence.endsWith("。") ? sentence : sentence + (isChinese(sentence) ? "。" : ".");
	}

	private static boolean isChinese(String text) {
		return Locale.getDefault().getLanguage().equals("zh") && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
