package org.cordon.ui.navigator;

/**
 * The one node the navigator shows while it has no organisation to show: that it is being read,
 * or the sentence saying why it could not be.
 */
public record NavigatorNotice(String text, boolean failure) {

	static NavigatorNotice loading() {
		return new NavigatorNotice(NavigatorMessages.loadingNode, false);
	}

	static NavigatorNotice failed(String sentence) {
		return new NavigatorNotice(sentence, true);
	}
}
