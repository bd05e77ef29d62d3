package org.cordon.ui.editors;

import java.util.List;

import org.cordon.model.CordonEntity;

/**
 * A record another desk saved after this editor read it: what each side holds now.
 *
 * @param mine        the record as edited here
 * @param theirs      the record as stored now, or {@code null} when the other desk deleted it
 * @param differences the fields in which the two differ
 */
public record SaveConflict(CordonEntity mine, CordonEntity theirs, List<Difference> differences) {

	/** One field as this desk and the other desk have it. */
	public record Difference(String field, String mine, String theirs) {
	}

	/** What the user chose to do about the conflicts. */
	public enum Resolution {
		/** Save this desk's edits over the other desk's version. */
		KEEP_MINE,
		/** Drop this desk's edits to these records and show the other desk's version. */
		RELOAD,
		/** Leave everything unsaved, as it is. */
		CANCEL
	}

	/** Asks the user what to do; tests answer without a dialog. */
	@FunctionalInterface
	public interface Resolver {
		Resolution resolve(List<SaveConflict> conflicts);
	}
}
