package org.cordon.io.file;

/** What an import tells the person waiting for it, and how they stop it. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
		@Override
		public void rowRead(String file, long line) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** A row of a file was read (called for every row, from the import's thread). */
	void rowRead(String file, long line);

	boolean isCanceled();
}
