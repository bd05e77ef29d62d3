package org.cordon.ui.transfer;

import org.cordon.io.file.ImportProgress;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * An import's progress on a progress monitor: the file and row being read, now and then, and the
 * monitor's Cancel as the import's. The import calls it from its own thread.
 */
public final class MonitorProgress implements ImportProgress {

	/** Telling the monitor of every row would cost more than reading it. */
	private static final int ROWS_BETWEEN_REPORTS = 200;

	private final IProgressMonitor monitor;
	private long rows;

	public MonitorProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void rowRead(String file, long line) {
		if (rows++ % ROWS_BETWEEN_REPORTS == 0) {
			monitor.subTask(NLS.bind(TransferMessages.Progress_row, file, line));
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
