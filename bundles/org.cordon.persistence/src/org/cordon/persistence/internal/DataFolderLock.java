package org.cordon.persistence.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.cordon.persistence.DatabaseUnavailableException;

/**
 * A data folder held by one Cordon process, from before its database is booted (or made, and
 * filled with the sample) until it is shut down. Derby's own lock exists only once the database
 * does: a second process started while the first is still creating it would otherwise find a
 * half-made folder, be told by Derby that it "does not contain the expected 'service.properties'
 * file", and could even start making the same database itself. The lock is the operating
 * system's, so it goes with the process however that ends.
 */
final class DataFolderLock implements AutoCloseable {

	static final String FILE = "cordon.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @throws DatabaseUnavailableException with the sentence of a database in use, when another process holds the folder
	 */
	static DataFolderLock hold(Path dataFolder) {
		FileChannel channel;
		try {
			channel = FileChannel.open(dataFolder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new DatabaseUnavailableException("Cordon cannot write to its data folder " + dataFolder + ": " + e.getMessage() + ".", e);
		}
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null; // held by this very process, through another opening
		} catch (IOException e) {
			closeQuietly(channel);
			throw new DatabaseUnavailableException("Cordon cannot lock its data folder " + dataFolder + ": " + e.getMessage() + ".", e);
		}
		if (lock == null) {
			closeQuietly(channel);
			throw DatabaseErrors.inUse(dataFolder, null);
		}
		return new DataFolderLock(channel, lock);
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// closing the channel releases it too
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException ignored) {
			// nothing was written through it
		}
	}
}
