package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cordon.ui.editors.EditorMessages;
import org.cordon.ui.editors.LatestRead;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A part's read in a job: the latest one wins, a cancel ends the wait at once, and the link reads again. */
class LatestReadTest {

	private Shell shell;
	private LatestRead read;
	private Link link;
	private final List<String> told = new ArrayList<>();

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new GridLayout(1, false));
		read = new LatestRead(shell);
		link = read.createLink(shell);
		shell.open();
	}

	@AfterEach
	void close() {
		read.dispose();
		shell.dispose();
	}

	private LatestRead.Outcome<String> telling(String name) {
		return new LatestRead.Outcome<>() {
			@Override
			public void read(String value) {
				told.add(name + " read " + value);
			}

			@Override
			public void failed(Exception e) {
				told.add(name + " failed " + e.getMessage());
			}

			@Override
			public void cancelled() {
				told.add(name + " cancelled");
			}
		};
	}

	/** Once a work has returned, whatever its read hands over is on the event queue within moments: dispatched here. */
	private static void settle(CountDownLatch returned) throws InterruptedException {
		assertTrue(returned.await(10, TimeUnit.SECONDS), "the work did not return");
		long until = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(5);
			}
		}
	}

	@Test
	void aReadHandsItsValueAndWhatItShowsMeanwhileToTheUiThread() throws Exception {
		read.start("read", reading -> {
			reading.meanwhile(() -> told.add("first screen on the UI thread: " + (Display.getCurrent() != null)));
			return "all";
		}, telling("a"), () -> told.add("again"));
		assertTrue(read.isRunning());
		assertTrue(link.getVisible(), "a link to cancel while it reads");
		assertEquals("<a>" + EditorMessages.cancelRead + "</a>", link.getText());
		waitForEnd();
		assertEquals(List.of("first screen on the UI thread: true", "a read all"), told);
		assertFalse(link.getVisible(), "no link once read");
	}

	@Test
	void aNewerReadOvertakesAnOlderOneWhoseResultIsDropped() throws Exception {
		CountDownLatch older = new CountDownLatch(1);
		CountDownLatch returned = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		read.start("older", reading -> {
			running.countDown();
			try {
				older.await(10, TimeUnit.SECONDS);
				reading.meanwhile(() -> told.add("older meanwhile"));
				return "old";
			} finally {
				returned.countDown();
			}
		}, telling("older"), () -> {
		});
		assertTrue(running.await(10, TimeUnit.SECONDS)); // a job overtaken before it runs never runs
		read.start("newer", reading -> "new", telling("newer"), () -> {
		});
		waitForEnd();
		older.countDown();
		settle(returned);
		assertEquals(List.of("newer read new"), told, "the older read is neither shown nor told cancelled");
	}

	@Test
	void cancellingEndsTheWaitAtOnceAndTheLinkReadsAgain() throws Exception {
		CountDownLatch blocked = new CountDownLatch(1);
		CountDownLatch returned = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		read.start("slow", reading -> {
			running.countDown();
			try {
				blocked.await(10, TimeUnit.SECONDS);
				return "late";
			} finally {
				returned.countDown();
			}
		}, telling("slow"), () -> told.add("read again"));
		assertTrue(running.await(10, TimeUnit.SECONDS)); // a job cancelled before it runs never runs
		click();
		assertFalse(read.isRunning(), "no longer waited for");
		assertEquals(List.of("slow cancelled"), told);
		assertEquals("<a>" + EditorMessages.readAgain + "</a>", link.getText());
		assertTrue(link.getVisible());
		blocked.countDown();
		settle(returned);
		assertEquals(List.of("slow cancelled"), told, "what the cancelled read found later is dropped");
		click();
		assertEquals(List.of("slow cancelled", "read again"), told);
	}

	@Test
	void aReadCancelledFromTheProgressIndicatorIsToldSoToo() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch returned = new CountDownLatch(1);
		read.start("cancelled elsewhere", reading -> {
			try {
				started.countDown();
				while (!reading.isCanceled()) {
					Thread.sleep(10);
				}
				throw new org.eclipse.core.runtime.OperationCanceledException();
			} finally {
				returned.countDown();
			}
		}, telling("r"), () -> {
		});
		assertTrue(started.await(10, TimeUnit.SECONDS));
		// as the progress indicator's stop button does
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getName().equals("cancelled elsewhere")) {
				job.cancel();
			}
		}
		settle(returned);
		assertEquals(List.of("r cancelled"), told);
		assertFalse(read.isRunning());
	}

	@Test
	void aFailureIsHandedOverAndEndsTheRead() throws Exception {
		read.start("failing", reading -> {
			throw new IllegalStateException("the server is away");
		}, telling("f"), () -> {
		});
		waitForEnd();
		assertEquals(List.of("f failed the server is away"), told);
		assertFalse(link.getVisible());
	}

	@Test
	void aDisposedPartIsHandedNothing() throws Exception {
		CountDownLatch blocked = new CountDownLatch(1);
		CountDownLatch returned = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		read.start("closing", reading -> {
			running.countDown();
			try {
				blocked.await(10, TimeUnit.SECONDS);
				return "too late";
			} finally {
				returned.countDown();
			}
		}, telling("c"), () -> {
		});
		assertTrue(running.await(10, TimeUnit.SECONDS));
		read.dispose();
		blocked.countDown();
		settle(returned);
		assertEquals(List.of(), told);
	}

	private void click() {
		Event event = new Event();
		event.widget = link;
		link.notifyListeners(SWT.Selection, event);
	}

	private void waitForEnd() throws InterruptedException {
		long until = System.currentTimeMillis() + 10_000;
		while (read.isRunning() && System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(5);
			}
		}
		assertFalse(read.isRunning(), "the read did not end within 10 s");
	}
}
