package org.cordon.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.cordon.persistence.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

/** The one sentence the navigator shows in its tree when the organisation cannot be read. */
class NavigatorReadFailureTest {

	@Test
	void anUnavailableDatabaseIsTheDatabasesOwnSentence() {
		String sentence = "The Cordon database in /data is in use by another Cordon process; close it or use a shared server database.";
		assertEquals(sentence, OrganisationNavigator.sentenceFor(new DatabaseUnavailableException(sentence)));
	}

	@Test
	void anyOtherFailureIsOneSentenceWithItsInnermostReason() {
		RuntimeException failure = new IllegalStateException("Exception [EclipseLink-4002]", new SQLException("Connection refused"));
		assertEquals("The organisation cannot be read: Connection refused", OrganisationNavigator.sentenceFor(failure));
	}
}
