package org.cordon.io.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file being written beside its target under a hidden name, moved into place only when complete,
 * so that a reader never sees half an export and a failed one leaves the old file as it was. The
 * finished file can be read by others, as a file a user saves would be (a temporary file is
 * private to its owner).
 */
public final class PartialFile implements AutoCloseable {

	private final Path target;
	private final Path partial;

	private PartialFile(Path target) throws IOException {
		this.target = target.toAbsolutePath();
		Path folder = this.target.getParent();
		Files.createDirectories(folder);
		this.partial = Files.createTempFile(folder, "." + this.target.getFileName(), ".partial");
	}

	public static PartialFile beside(Path target) throws IOException {
		return new PartialFile(target);
	}

	/** Where to write. */
	public Path path() {
		return partial;
	}

	public Path target() {
		return target;
	}

	public void moveIntoPlace() throws IOException {
		if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Removes what is left of an export that was not moved into place; harmless after {@link #moveIntoPlace()}. */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(partial);
		} catch (IOException ignored) {
			// the partial file is hidden; leaving it is harmless
		}
	}
}
