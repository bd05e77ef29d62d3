package org.cordon.persistence;

/**
 * Told when {@link CordonDatabase} has just created a new, empty database whose settings ask for
 * it to be populated (the sample data set does this on first start). Register as an OSGi service.
 */
public interface NewDatabaseListener {

	/**
	 * Fills the new database. Throwing makes the open fail: the new database is removed again, so
	 * the next start tries once more.
	 */
	void databaseCreated(CordonDatabase database);
}
