package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** One sentence for a failure, whatever wraps it. */
class FailuresTest {

	@Test
	void theInnermostCauseSaysWhatWentWrong() {
		Exception failure = new IllegalStateException("could not execute", new UncheckedIOException("wrapped", new IOException("the disk is full")));
		assertEquals("the disk is full", Failures.innermostMessage(failure));
	}

	@Test
	void anInnermostCauseWithoutAMessageLeavesItToTheNearestThatHasOne() {
		Exception failure = new IllegalStateException("outer", new RuntimeException("the file is locked", new NullPointerException()));
		assertEquals("the file is locked", Failures.innermostMessage(failure));
		assertEquals("the file is locked", Failures.innermostMessage(new RuntimeException("the file is locked", new RuntimeException(" "))),
				"a blank message says nothing either");
	}

	@Test
	void aFailureWithNoMessageAtAllIsNamedByItsInnermostClass() {
		assertEquals("NullPointerException", Failures.innermostMessage(new RuntimeException((String) null, new NullPointerException())));
	}

	@Test
	void aDialogShowsTheFirstLineOnly() {
		Exception failure = new RuntimeException(new IllegalStateException("Exception [EclipseLink-4002]\nInternal Exception: locked\nError Code: 30000"));
		assertEquals("Exception [EclipseLink-4002]", Failures.firstLine(failure));
	}
}
