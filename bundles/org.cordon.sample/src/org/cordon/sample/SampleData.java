package org.cordon.sample;

import java.util.List;

import org.cordon.io.transfer.RecordKind.ImportCounts;

/**
 * The Lin County sample data set (January–February 2020), as CSV files in this bundle's
 * {@code data/} folder, one per record kind. It is loaded through the same import a user runs.
 */
public interface SampleData {

	/** The kinds the set has a file for, in import order. */
	List<String> kinds();

	/**
	 * Imports every file in one transaction: all of them, or nothing.
	 *
	 * @throws IllegalStateException when the database already holds donations (they have no key,
	 *                               so the ledger would be counted twice)
	 */
	ImportCounts load();
}
