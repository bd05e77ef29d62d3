package org.cordon.ui.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseUnavailableException;

/**
 * The database being opened on a thread of its own at start-up. Whoever needs the database simply
 * asks {@link CordonDatabase} for it and waits; the application only needs to know, once the
 * window is up, whether the opening failed, so that it can say why and close.
 */
final class DatabaseOpening {

	private final CompletableFuture<Void> done = new CompletableFuture<>();
	private volatile DatabaseUnavailableException failure;

	private DatabaseOpening() {
	}

	static DatabaseOpening start(CordonDatabase database) {
		DatabaseOpening opening = new DatabaseOpening();
		Thread opener = new Thread(() -> opening.open(database), "Cordon database opening");
		opener.setDaemon(true);
		opener.start();
		return opening;
	}

	private void open(CordonDatabase database) {
		try {
			database.entityManagerFactory();
			end(null);
		} catch (DatabaseUnavailableException e) {
			end(e);
		} catch (RuntimeException | Error e) {
			// Anything else is a defect, but the user still gets one sentence rather than a hang.
			end(new DatabaseUnavailableException("Cordon could not open its database: " + e, e));
		}
	}

	private void end(DatabaseUnavailableException failureOrNull) {
		failure = failureOrNull;
		done.complete(null);
	}

	/** Runs {@code onFailure} with the reason once the opening has failed; nothing when it succeeded. */
	void whenFailed(Consumer<DatabaseUnavailableException> onFailure) {
		done.thenRun(() -> {
			if (failure != null) {
				onFailure.accept(failure);
			}
		});
	}

	/** Empty while the opening runs and after it succeeded. */
	Optional<DatabaseUnavailableException> failure() {
		return Optional.ofNullable(failure);
	}
}
