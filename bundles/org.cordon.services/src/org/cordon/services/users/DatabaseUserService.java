package org.cordon.services.users;

/**
 * The users of a server database and their grants, which follow the organisation chart
 * (deployment.md, "Users and grants"). Only administrators may use it; a single desk has no
 * database users.
 */
public interface DatabaseUserService {

	/**
	 * Makes the person with this code (case ignored) a user of the server database, logging in
	 * with the code and this password, and brings the grants in line.
	 *
	 * @throws org.cordon.services.records.AccessRefusedException when the user is no administrator
	 * @throws IllegalArgumentException when there is no such person, the code cannot be a user name,
	 *                                  or the database has the user already
	 * @throws IllegalStateException    on a single desk, which has no database users
	 */
	void addUser(String personCode, String password);

	/**
	 * Brings the database's grants in line with the organisation chart (done after every change
	 * of the chart too) and says who may write now.
	 *
	 * @throws org.cordon.services.records.AccessRefusedException when the user is no administrator
	 * @throws IllegalStateException on a single desk, which has no database users
	 */
	GrantsSummary syncGrants();
}
