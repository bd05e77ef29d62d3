package org.cordon.ui.grids;

/**
 * What a grid cell says about the figure it shows. Each status has a word that the cell shows
 * besides its colour, so that nobody has to tell colours apart to read the board.
 */
public enum CellStatus {
	/** A figure with nothing to remark. */
	PLAIN(""),
	/** A report with findings. */
	REPORTED(GridMessages.status_reported),
	/** A report that found nothing (零报告). */
	ZERO(GridMessages.status_zero),
	/** Nothing was reported where a report is due. */
	MISSING(GridMessages.status_missing),
	/** Some, not all, of what is due was reported. */
	INCOMPLETE(GridMessages.status_incomplete),
	/** Everything due was reported. */
	COMPLETE(GridMessages.status_complete),
	/** A temperature of a fever, or a count of persons with fever. */
	FEVER(GridMessages.status_fever),
	/** Nothing is due here, e.g. a day with no count that nobody asked for. */
	BLANK("");

	private final String word;

	CellStatus(String word) {
		this.word = word;
	}

	/** The word a cell shows for the status, empty for those that need none. */
	public String word() {
		return word;
	}
}
