package org.cordon.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseGrants;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.users.DatabaseUserService;
import org.cordon.services.users.GrantsSummary;

/**
 * {@code cordon user add CODE} and {@code cordon user sync}: an administrator makes a person of
 * the organisation a user of the server database, and brings its grants in line with the
 * organisation chart (deployment.md, "Users and grants").
 */
final class UserCommand {

	static final String USAGE = "the user commands are 'cordon --db URL --user ADMIN user add CODE' and 'cordon --db URL --user ADMIN user sync'";
	/** Where the new user's password comes from, else the terminal. */
	static final String NEW_PASSWORD_VARIABLE = "CORDON_NEW_PASSWORD";
	static final String NEW_PASSWORD_PROPERTY = "cordon.db.new.password";

	private UserCommand() {
	}

	static int run(CordonDatabase database, DatabaseUserService users, DatabaseSettings settings, List<String> words, PrintStream out,
			PrintStream err) {
		boolean add = words.size() == 2 && words.get(0).equals("add");
		boolean sync = words.equals(List.of("sync"));
		if (!add && !sync) {
			err.println("cordon: " + USAGE + "; try 'cordon help'.");
			return CommandLine.USAGE;
		}
		if (!settings.isServer()) {
			err.println("cordon: a single desk's database has no users; the user commands work on a server database (--db URL --user NAME).");
			return CommandLine.FAILED;
		}
		try {
			if (add) {
				String code = words.get(1);
				String password = newPassword(code);
				database.open(settings);
				users.addUser(code, password);
				out.println("added " + code + " as a user of the database; what they may write follows their positions in the organisation chart");
				return CommandLine.OK;
			}
			database.open(settings);
			GrantsSummary summary = users.syncGrants();
			out.println("the database's grants follow the organisation chart (holders of positions in working groups who can log in: "
					+ summary.members() + ", of them administrators: " + summary.administrators() + ")");
			if (!summary.cannotLogIn().isEmpty()) {
				out.println("these holders of positions have codes that cannot be database user names, so they write nothing until their code"
						+ " changes: " + String.join(", ", summary.cannotLogIn()));
			}
			return CommandLine.OK;
		} catch (IllegalArgumentException | IllegalStateException e) {
			err.println("cordon: " + e.getMessage() + ".");
			return CommandLine.FAILED;
		} catch (DatabaseGrants.GrantsRefusedException e) {
			err.println("cordon: " + e.getMessage());
			return CommandLine.FAILED;
		}
	}

	/** CORDON_NEW_PASSWORD, else -Dcordon.db.new.password, else typed twice on the terminal without echo. */
	private static String newPassword(String code) {
		String fromEnvironment = System.getenv(NEW_PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		String fromProperty = System.getProperty(NEW_PASSWORD_PROPERTY);
		if (fromProperty != null && !fromProperty.isEmpty()) {
			return fromProperty;
		}
		java.io.Console console = System.console();
		if (console == null) {
			throw new IllegalStateException("the new user " + code + " needs a password: set the environment variable " + NEW_PASSWORD_VARIABLE
					+ " or run the command on a terminal");
		}
		char[] first = console.readPassword("New password for %s: ", code);
		char[] second = console.readPassword("The same password again: ");
		if (first == null || first.length == 0 || !Arrays.equals(first, second)) {
			throw new IllegalStateException("the two passwords typed for " + code + " differ or are empty; nothing was changed");
		}
		return new String(first);
	}
}
