package org.cordon.ui.editors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;

/**
 * The read a part is waiting for, run in a job so that the window stays live: one at a time, a
 * newer read making an older one's result stale, and what a read hands over reaching the part on
 * the UI thread only while it is still the latest. Beside the part's "reading…" a link cancels it
 * (so does the workbench's progress indicator); the part then says so and the link reads again.
 * <p>
 * A cancelled read stops being waited for at once. Its query may run on in the database until
 * it ends; what it finds is dropped.
 */
public final class LatestRead {

	/** What a read does off the UI thread. */
	@FunctionalInterface
	public interface Work<T> {
		T read(Reading reading) throws Exception;
	}

	/** A read under way, as its work sees it. */
	public interface Reading {
		/** Whether the read was cancelled or overtaken: its work may stop (throw {@link OperationCanceledException}). */
		boolean isCanceled();

		/** Runs on the UI thread while this read is still the latest: a first screen shown before the rest is read. */
		void meanwhile(Runnable onUiThread);
	}

	/** What the part does at a read's end, on the UI thread. */
	public interface Outcome<T> {
		void read(T value);

		void failed(Exception e);

		void cancelled();
	}

	private final Control owner;
	private Link link;
	private Job current;
	private Outcome<?> currentOutcome;
	private Runnable again;

	/** Reads for a part whose widgets include {@code owner}: nothing is handed over once it is disposed. */
	public LatestRead(Control owner) {
		this.owner = owner;
	}

	/** The link beside the part's status: "Cancel" while a read runs, "Read again" after one was cancelled, else hidden. */
	public Link createLink(Composite parent) {
		link = new Link(parent, SWT.NONE);
		if (parent.getLayout() == null || parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout) {
			link.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		} else if (parent.getLayout() instanceof org.eclipse.swt.layout.RowLayout) {
			link.setLayoutData(new org.eclipse.swt.layout.RowData());
		}
		link.addListener(SWT.Selection, e -> {
			if (current != null) {
				cancel();
			} else if (again != null) {
				again.run();
			}
		});
		showLink(null);
		return link;
	}

	/**
	 * Starts a read, overtaking the one under way. {@code readAgain} is what the link runs after
	 * this read was cancelled: the part's own way to ask for the same read.
	 */
	public <T> void start(String jobName, Work<T> work, Outcome<T> outcome, Runnable readAgain) {
		Job previous = current;
		if (previous != null) {
			previous.cancel();
		}
		Display display = owner.getDisplay();
		Job[] self = new Job[1];
		Job job = Job.create(jobName, monitor -> {
			Reading reading = new Reading() {
				@Override
				public boolean isCanceled() {
					return monitor.isCanceled();
				}

				@Override
				public void meanwhile(Runnable onUiThread) {
					display.asyncExec(() -> {
						if (isLatest(self[0])) {
							onUiThread.run();
						}
					});
				}
			};
			T value;
			try {
				value = work.read(reading);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> {
					if (finish(self[0])) {
						outcome.failed(e);
					}
				});
				return Status.OK_STATUS; // the part says it
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (finish(self[0])) {
					outcome.read(value);
				}
			});
			return Status.OK_STATUS;
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					// cancelled from the progress indicator (a read overtaken is no longer the latest)
					display.asyncExec(() -> {
						if (finish(self[0])) {
							outcome.cancelled();
							showLink(EditorMessages.readAgain);
						}
					});
				}
			}
		});
		self[0] = job;
		current = job;
		currentOutcome = outcome;
		again = readAgain;
		showLink(EditorMessages.cancelRead);
		job.schedule();
	}

	/** Stops waiting for the read under way: the part is told at once. */
	public void cancel() {
		Job job = current;
		Outcome<?> outcome = currentOutcome;
		if (job == null) {
			return;
		}
		current = null;
		currentOutcome = null;
		job.cancel();
		outcome.cancelled();
		showLink(EditorMessages.readAgain);
	}

	/** The part is closing: the read under way is cancelled, and nothing is handed over any more. */
	public void dispose() {
		Job job = current;
		current = null;
		currentOutcome = null;
		if (job != null) {
			job.cancel();
		}
	}

	/** Whether a read is under way. */
	public boolean isRunning() {
		return current != null;
	}

	private boolean isLatest(Job job) {
		return job == current && !owner.isDisposed();
	}

	/** Ends the read if it is still the latest, and says whether it was. */
	private boolean finish(Job job) {
		if (!isLatest(job)) {
			return false;
		}
		current = null;
		currentOutcome = null;
		showLink(null);
		return true;
	}

	private void showLink(String text) {
		if (link == null || link.isDisposed()) {
			return;
		}
		boolean shown = text != null;
		if (shown) {
			link.setText("<a>" + text + "</a>");
		}
		if (link.getVisible() != shown) {
			link.setVisible(shown);
			if (link.getLayoutData() instanceof GridData data) {
				data.exclude = !shown;
			} else if (link.getLayoutData() instanceof org.eclipse.swt.layout.RowData data) {
				data.exclude = !shown;
			}
		}
		link.getParent().layout(new Control[] { link });
	}
}
