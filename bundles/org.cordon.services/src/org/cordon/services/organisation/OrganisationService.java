package org.cordon.services.organisation;

import java.util.List;

import org.cordon.model.CordonEntity;

/** Reads and changes the organisation: groups, positions, persons, townships, communities, pairings. */
public interface OrganisationService {

	/** The whole organisation, read in one transaction. */
	OrganisationSnapshot snapshot();

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
