package org.cordon.io.file;

/** The person who started an import stopped it; its transaction is rolled back and nothing is written. */
public class ImportCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImportCancelledException() {
		super("the import was cancelled; nothing was written");
	}
}
