package org.cordon.services.organisation;

import java.time.LocalDateTime;
import java.util.List;

import org.cordon.model.CordonEntity;

/** Reads and changes the organisation: groups, positions, persons, townships, communities, pairings. */
public interface OrganisationService {

	/** The whole organisation, read in one transaction. */
	OrganisationSnapshot snapshot();

	/**
	 * The organisation as it was at a moment, rebuilt from today's records and the audit trail
	 * written after it. Its records are detached copies that were never stored: for showing only,
	 * never to be saved. A moment before the first record gives an empty organisation, a moment
	 * from now on today's.
	 */
	OrganisationSnapshot asOf(LocalDateTime moment);

	/** The headline counts, computed in the database. */
	OrganisationSummary summary();

	/**
	 * Writes new and changed records in one transaction, in the order given (a record before
	 * those that refer to it); nothing is written if one of them fails.
	 *
	 * @return the records as stored, with their keys and versions
	 */
	<T extends CordonEntity> List<T> saveAll(List<T> records);
}
