package org.cordon.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.records.RecordService;
import org.cordon.ui.database.DatabaseMessages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Other desks' changes on a server database, noticed by one background job for the whole
 * workbench: every few seconds it asks for the audit trail's newest line, and when that moved it
 * tells the navigators, editors and views that subscribed, on the UI thread. On a database on
 * this computer no other desk writes, and nothing is polled.
 * <p>
 * A desk's own saves move the trail too; subscribers compare what they show with what is stored
 * and do nothing when the two agree.
 */
public final class DatabaseChanges {

	/** How often, in milliseconds, a desk on a server database looks for other desks' changes (default 5000). */
	public static final String INTERVAL_PROPERTY = "cordon.changes.interval";
	private static final long DEFAULT_INTERVAL_MS = 5_000;

	private static final List<Subscriber> SUBSCRIBERS = new CopyOnWriteArrayList<>();
	private static volatile Duration interval = Duration.ofMillis(Long.getLong(INTERVAL_PROPERTY, DEFAULT_INTERVAL_MS));
	private static Watcher watcher;
	private static final java.util.concurrent.atomic.AtomicLong LOOKS_ON_SERVER = new java.util.concurrent.atomic.AtomicLong();

	/** An interest in other desks' changes, ended by {@link #close()}. */
	public interface Subscription extends AutoCloseable {
		@Override
		void close();
	}

	private record Subscriber(Display display, Runnable listener) {
	}

	private DatabaseChanges() {
	}

	/**
	 * Runs {@code listener} on the UI thread whenever the database changed, until the returned
	 * subscription is closed (in the part's {@code dispose}).
	 *
	 * @param services where the record service and the database are found, e.g. a part's site
	 */
	public static Subscription onChange(IServiceLocator services, Runnable listener) {
		Subscriber subscriber = new Subscriber(Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault(),
				Objects.requireNonNull(listener));
		RecordService records = services.getService(RecordService.class);
		CordonDatabase database = services.getService(CordonDatabase.class);
		if (records == null || database == null) {
			return () -> {
			};
		}
		SUBSCRIBERS.add(subscriber);
		synchronized (DatabaseChanges.class) {
			if (watcher == null) {
				watcher = new Watcher(records, database);
				watcher.schedule(interval.toMillis());
			}
		}
		return () -> {
			SUBSCRIBERS.remove(subscriber);
			synchronized (DatabaseChanges.class) {
				if (SUBSCRIBERS.isEmpty() && watcher != null) {
					watcher.cancel();
					watcher = null;
				}
			}
		};
	}

	/**
	 * This desk wrote records outside the parts that show them (an import, say): every subscriber
	 * looks again now, on a database of any kind, as after another desk's change.
	 */
	public static void announce() {
		for (Subscriber subscriber : SUBSCRIBERS) {
			if (!subscriber.display().isDisposed()) {
				subscriber.display().asyncExec(subscriber.listener());
			}
		}
	}

	/** How often the database is asked; tests shorten it. Takes effect at the next look. */
	public static void setInterval(Duration every) {
		if (every.isNegative() || every.isZero()) {
			throw new IllegalArgumentException("the interval between looks for changes must be positive, not " + every);
		}
		interval = every;
		synchronized (DatabaseChanges.class) {
			if (watcher != null) {
				// A watcher asleep for the old interval looks now, and then every new interval.
				watcher.wakeUp();
			}
		}
	}

	/** How many times the database was asked since this workbench started, for tests that must wait for a look. */
	public static long looksOnServer() {
		return LOOKS_ON_SERVER.get();
	}

	public static Duration interval() {
		return interval;
	}

	private static final class Watcher extends Job {
		private final RecordService records;
		private final CordonDatabase database;
		private Optional<LocalDateTime> seen;
		private DatabaseSettings seenOn;

		Watcher(RecordService records, CordonDatabase database) {
			super(DatabaseMessages.Changes_watching);
			this.records = records;
			this.database = database;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				look();
			} catch (RuntimeException e) {
				// The server is away for a moment: the next look tries again.
			}
			if (!monitor.isCanceled()) {
				schedule(interval.toMillis());
			}
			return Status.OK_STATUS;
		}

		private void look() {
			Optional<DatabaseSettings> open = database.current();
			if (open.isEmpty() || !open.get().isServer()) {
				seenOn = null;
				return;
			}
			Optional<LocalDateTime> latest = records.lastChange();
			// The first look on a database only learns where its trail stands.
			boolean moved = open.get().sameDatabase(seenOn) && !latest.equals(seen);
			seen = latest;
			seenOn = open.get();
			LOOKS_ON_SERVER.incrementAndGet();
			if (moved) {
				for (Subscriber subscriber : SUBSCRIBERS) {
					if (!subscriber.display().isDisposed()) {
						subscriber.display().asyncExec(subscriber.listener());
					}
				}
			}
		}
	}
}
