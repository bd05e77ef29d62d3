package org.cordon.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

class DatabaseOpeningTest {

	/** A database whose opening waits for {@code release}, then does what {@code opening} says. */
	private static CordonDatabase database(CountDownLatch release, Runnable opening, AtomicReference<String> openedOn) {
		return (CordonDatabase) Proxy.newProxyInstance(CordonDatabase.class.getClassLoader(), new Class<?>[] { CordonDatabase.class },
				(proxy, method, args) -> {
					if (method.getName().equals("entityManagerFactory")) {
						openedOn.set(Thread.currentThread().getName());
						release.await(10, TimeUnit.SECONDS);
						opening.run();
						return null;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	@Test
	void opensOnAThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<String> openedOn = new AtomicReference<>();
		CompletableFuture<DatabaseUnavailableException> reported = new CompletableFuture<>();
		DatabaseOpening opening = DatabaseOpening.start(database(release, () -> {}, openedOn));
		opening.whenFailed(reported::complete);

		// the caller is not held up by an opening that has not finished
		assertTrue(opening.failure().isEmpty());
		release.countDown();
		Thread.sleep(200);
		assertEquals("Cordon database opening", openedOn.get());
		assertNotEquals(Thread.currentThread().getName(), openedOn.get());
		assertTrue(opening.failure().isEmpty());
		assertTrue(!reported.isDone(), "a successful opening reports no failure");
	}

	@Test
	void aFailedOpeningIsReportedOnceWithItsReason() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		DatabaseUnavailableException held = new DatabaseUnavailableException("The Cordon database in /x is in use by another Cordon process.", null);
		CompletableFuture<DatabaseUnavailableException> reported = new CompletableFuture<>();
		DatabaseOpening opening = DatabaseOpening.start(database(release, () -> {
			throw held;
		}, new AtomicReference<>()));
		opening.whenFailed(reported::complete);
		release.countDown();

		assertEquals(held, reported.get(10, TimeUnit.SECONDS));
		assertEquals(held, opening.failure().orElseThrow());
		// a listener added after the end hears of it too
		CompletableFuture<DatabaseUnavailableException> late = new CompletableFuture<>();
		opening.whenFailed(late::complete);
		assertEquals(held, late.get(10, TimeUnit.SECONDS));
	}

	@Test
	void aDefectWhileOpeningBecomesOneSentenceToo() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<DatabaseUnavailableException> reported = new CompletableFuture<>();
		DatabaseOpening opening = DatabaseOpening.start(database(release, () -> {
			throw new IllegalStateException("no persistence provider");
		}, new AtomicReference<>()));
		opening.whenFailed(reported::complete);
		release.countDown();

		String reason = reported.get(10, TimeUnit.SECONDS).getMessage();
		assertTrue(reason.startsWith("Cordon could not open its database: ") && reason.contains("no persistence provider"), reason);
	}
}
