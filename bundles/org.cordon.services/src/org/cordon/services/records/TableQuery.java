package org.cordon.services.records;

import java.util.List;
import java.util.Objects;

import org.cordon.model.CordonEntity;

/**
 * Which records of one type a table shows, and in which order, put so that the database does the
 * work: a table of a million temperature reports sorts and filters there, and only the rows on
 * the screen come to the desk. Attributes are the entities' (as in JPQL), not column names.
 *
 * @param type      the records' type
 * @param filter    the ways a record may match what the user typed, any one of which shows it;
 *                  {@code null} shows every record, an empty list none
 * @param sortBy    the attribute to sort by; a reference sorts by the referenced record's name
 *                  where it has one, else by its code. Records of equal value keep their id order.
 * @param ascending the direction
 */
public record TableQuery(Class<? extends CordonEntity> type, List<Match> filter, String sortBy, boolean ascending) {

	public TableQuery {
		Objects.requireNonNull(type);
		Objects.requireNonNull(sortBy);
		filter = filter == null ? null : List.copyOf(filter);
	}

	/** Every record of a type by code. */
	public static TableQuery all(Class<? extends CordonEntity> type) {
		return new TableQuery(type, null, "code", true);
	}

	/** One way a record matches a filter. */
	public sealed interface Match {
		String attribute();
	}

	/** A text attribute that contains the text, ignoring case. */
	public record Contains(String attribute, String text) implements Match {
	}

	/** A reference whose record's code (or name, where it has one) contains the text, ignoring case. */
	public record ReferenceContains(String attribute, String text) implements Match {
	}

	/** An attribute equal to one of the values (choices, yes or no, a number, a date). */
	public record OneOf(String attribute, List<?> values) implements Match {
		public OneOf {
			values = List.copyOf(values);
		}
	}

	/** An attribute from {@code from} (inclusive) to {@code until} (exclusive): a month of dates, say. */
	public record Within(String attribute, Comparable<?> from, Comparable<?> until) implements Match {
	}
}
