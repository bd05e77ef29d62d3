package org.cordon.cli.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.cordon.cli.CommandLine;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.report.BriefingService;
import org.cordon.sample.SampleData;
import org.cordon.services.about.AboutService;
import org.cordon.services.about.ComponentVersion;
import org.cordon.services.summary.CountySummaryService;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.services.users.DatabaseUserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CommandLine.class)
public class CordonCommandLine implements CommandLine {

	private static final String USAGE_TEXT = """
			Usage: cordon [--data DIR | --db URL [--user NAME]] COMMAND [ARGUMENTS]

			Commands:
			  summary               the county's headline figures, as key: value lines
			  import KIND FILE...   import CSV or Excel (.xlsx) files of one record kind, each in a
			                        transaction of its own: all of a file's rows, or none; stops at
			                        the first bad file
			  export KIND FILE      export every record of a kind to a CSV file, or to an Excel
			                        workbook when FILE ends in .xlsx
			  kinds                 list the record kinds, in the order an empty database imports them
			  init [--empty]        create the database; with --empty, without the sample data
			  sample load           load the Lin County sample data set into the database
			  db backup --to DIR    copy the database into DIR while it may stay in use (Derby online backup)
			  db restore --from DIR replace the database with a backup made by 'db backup' 
			  diagram ID --out FILE draw a diagram (leadership, pairing) as FILE.svg or FILE.png,
			                        with the positions users pinned in the workbench
			  report daily --date yyyy-MM-dd --format html|pdf --out FILE
			                        the daily briefing for the leading group; the PDF needs the
			                        font package fonts-wqy-microhei (see docs/briefing.md)
			  server start --port N --data DIR [--admin NAME] [--host ADDRESS]
			                        serve the database in DIR to the office's desks (a Derby Network
			                        Server with passwords); a new database gets the sample data and
			                        its first administrator NAME, whose password is CORDON_PASSWORD.
			                        Prints the URL desks use, runs until 'server stop' or Ctrl+C
			  server stop --port N  stop the server on this machine's port N
			  user add CODE         (administrators, server database) make the person CODE a user
			                        of the database; the password comes from CORDON_NEW_PASSWORD
			                        or is asked for twice
			  user sync             (administrators) bring the database's grants in line with the
			                        organisation chart; done after every change of the chart too
			  version               the versions of Cordon, Eclipse, EclipseLink, Derby and Java
			  plugins ...           list, install or remove working groups on this installation
			                        (bin/cordon plugins help; docs/installing.md)
			  help                  this text

			Options:
			  --data DIR   the data folder of the embedded database (default ~/.cordon/data, or the
			               system property cordon.data). A database created by any command but
			               'init --empty' starts with the sample data set.
			  --db URL     work on a shared server database instead: jdbc:derby://host:port/PATH (as
			               'server start' prints it) or jdbc:postgresql://host:port/NAME
			  --user NAME  the user on that server (default: the environment variable CORDON_USER);
			               the password comes from CORDON_PASSWORD, or is asked for on the terminal
			               (see docs/deployment.md)

			The CSV formats are described in docs/csv-formats.md.
			""";

	private final CordonDatabase database;
	private final AboutService about;
	private final CountySummaryService summary;
	private final TransferService transfer;
	private final SampleData sample;
	private final BriefingService briefings;
	private final DatabaseUserService users;

	@Activate
	public CordonCommandLine(@Reference CordonDatabase database, @Reference AboutService about,
			@Reference CountySummaryService summary, @Reference TransferService transfer, @Reference SampleData sample,
			@Reference BriefingService briefings, @Reference DatabaseUserService users) {
		this.database = database;
		this.about = about;
		this.summary = summary;
		this.transfer = transfer;
		this.sample = sample;
		this.briefings = briefings;
		this.users = users;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		ParsedArguments parsed;
		try {
			parsed = ParsedArguments.parse(arguments);
		} catch (IllegalArgumentException e) {
			return usageError(err, e.getMessage());
		} catch (MissingPasswordException e) {
			err.println("cordon: " + e.getMessage() + ".");
			return FAILED;
		}
		try {
			return switch (parsed.command()) {
			case "help", "--help", "-h" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			case "version", "--version" -> version(out);
			case "summary" -> summary(parsed, out);
			case "kinds" -> kinds(out);
			case "import" -> importFile(parsed, out, err);
			case "export" -> exportFile(parsed, out, err);
			case "init" -> init(parsed, out, err);
			case "sample" -> sample(parsed, out, err);
			case "db" -> db(parsed, out, err);
			case "diagram" -> DiagramCommand.run(database, parsed.settings(), parsed.commandArguments(), out, err);
			case "report" -> ReportCommand.run(database, briefings, parsed.settings(), parsed.commandArguments(), out, err);
			case "server" -> ServerCommand.run(database, parsed.settings().dataFolder(), parsed.commandArguments(), CordonCommandLine::password,
					out, err);
			case "user" -> UserCommand.run(database, users, parsed.settings(), parsed.commandArguments(), out, err);
			default -> usageError(err, "unknown command '" + parsed.command() + "'");
			};
		} catch (DatabaseUnavailableException e) {
			err.println("cordon: " + e.getMessage());
			return FAILED;
		} catch (UncheckedIOException e) {
			err.println("cordon: " + e.getMessage() + ".");
			return FAILED;
		} catch (MissingPasswordException e) {
			err.println("cordon: " + e.getMessage() + ".");
			return FAILED;
		} catch (org.cordon.services.records.AccessRefusedException e) {
			err.println("cordon: " + e.getMessage());
			return FAILED;
		} catch (RuntimeException | Error e) {
			// Anything else, running out of memory included: one sentence and a failure, never a silent end.
			err.println(CommandFailure.sentence(parsed.command(), e));
			return FAILED;
		} finally {
			// Release the embedded database at once, so that the workbench or another command can open it.
			database.close();
		}
	}

	private static int usageError(PrintStream err, String message) {
		err.println("cordon: " + message + "; try 'cordon help'.");
		return USAGE;
	}

	private int version(PrintStream out) {
		for (ComponentVersion version : about.versions()) {
			out.println(version.name() + ": " + version.version());
		}
		return OK;
	}

	private int summary(ParsedArguments parsed, PrintStream out) {
		database.open(parsed.settings());
		for (Map.Entry<String, String> figure : summary.figures().entrySet()) {
			out.println(figure.getKey() + ": " + figure.getValue());
		}
		return OK;
	}

	private int kinds(PrintStream out) {
		transfer.kinds().forEach(out::println);
		return OK;
	}

	private int importFile(ParsedArguments parsed, PrintStream out, PrintStream err) {
		if (parsed.commandArguments().size() < 2) {
			return usageError(err, "import needs a record kind and a file, e.g. cordon import checkpoint-counts counts.csv");
		}
		String kind = parsed.commandArguments().get(0);
		List<Path> files = parsed.commandArguments().subList(1, parsed.commandArguments().size()).stream().map(Path::of).toList();
		if (!transfer.kinds().contains(kind)) {
			return usageError(err, "there is no record kind '" + kind + "' (see cordon kinds)");
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				err.println("cordon: " + file + " is not a file; nothing was imported.");
				return FAILED;
			}
		}
		// The first file is read, and checked as far as that needs no database, while the database
		// opens (for a file of a million rows, about two seconds), on a thread of its own: the common
		// pool may be busy, with a server this process runs.
		CompletableFuture<RecordFile> firstFile = CompletableFuture.supplyAsync(() -> {
			RecordFile csv = RecordFiles.read(files.get(0));
			transfer.checkAhead(new KindFile(kind, csv));
			return csv;
		}, task -> {
			Thread reading = new Thread(task, "Cordon reads " + files.get(0).getFileName());
			reading.setDaemon(true);
			reading.start();
		});
		database.open(parsed.settings());
		for (int done = 0; done < files.size(); done++) {
			Path file = files.get(done);
			try {
				RecordFile csv = done == 0 ? read(firstFile) : RecordFiles.read(file);
				ImportCounts counts = transfer.importAll(List.of(new KindFile(kind, csv)));
				out.println("imported " + counts.rows() + " rows of " + kind + " from " + file + ": " + counts.created() + " new, "
						+ counts.updated() + " updated, " + counts.removed() + " removed");
				// Each line is printed after its file's transaction committed: a line on the screen is a file in the database.
				out.flush();
			} catch (CsvImportException e) {
				for (CsvProblem problem : e.problems()) {
					err.println(problem);
				}
				err.println("cordon: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + file
						+ "; nothing of it was imported" + (done > 0 ? " (the " + done + " files before it were)" : "")
						+ (done < files.size() - 1 ? ", and the files after it were not tried." : "."));
				return FAILED;
			} catch (DatabaseUnavailableException | UncheckedIOException | MissingPasswordException
					| org.cordon.services.records.AccessRefusedException e) {
				throw e; // each said in its own sentence, as for any command
			} catch (RuntimeException | Error e) {
				// The file's transaction was rolled back (Transactions.write), so the database holds none of it.
				err.println("cordon: the import of " + file + " failed: " + CommandFailure.reason(e) + "; nothing of it was imported"
						+ (done > 0 ? " (the " + done + " files before it were)" : "")
						+ (done < files.size() - 1 ? ", and the files after it were not tried" : "") + CommandFailure.remedy(e) + ".");
				return FAILED;
			}
		}
		return OK;
	}

	/** The file read on another thread; what it could not read is thrown here, as if read here. */
	private static RecordFile read(CompletableFuture<RecordFile> file) {
		try {
			return file.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw e;
		}
	}

	private int db(ParsedArguments parsed, PrintStream out, PrintStream err) {
		List<String> words = parsed.commandArguments();
		if (words.size() == 3 && words.get(0).equals("backup") && words.get(1).equals("--to")) {
			if (!parsed.settings().isServer() && !Files.exists(parsed.settings().databaseFolder())) {
				err.println("cordon: there is no database in " + parsed.settings().dataFolder() + " to back up.");
				return FAILED;
			}
			database.open(parsed.settings().emptyWhenNew());
			Path copy = database.backup(Path.of(words.get(2)));
			out.println("backed up the database in " + parsed.settings().dataFolder() + " to " + copy);
			return OK;
		}
		if (words.size() == 3 && words.get(0).equals("restore") && words.get(1).equals("--from")) {
			database.restore(parsed.settings(), Path.of(words.get(2)));
			out.println("restored the database in " + parsed.settings().dataFolder() + " from " + Path.of(words.get(2)).toAbsolutePath());
			return OK;
		}
		return usageError(err, "the db commands are 'cordon db backup --to DIR' and 'cordon db restore --from DIR'");
	}

	private int exportFile(ParsedArguments parsed, PrintStream out, PrintStream err) {
		if (parsed.commandArguments().size() != 2) {
			return usageError(err, "export needs a record kind and a file, e.g. cordon export pairings pairings.csv");
		}
		String kind = parsed.commandArguments().get(0);
		Path file = Path.of(parsed.commandArguments().get(1));
		if (!transfer.kinds().contains(kind)) {
			return usageError(err, "there is no record kind '" + kind + "' (see cordon kinds)");
		}
		database.open(parsed.settings());
		int rows;
		try {
			rows = transfer.exportFile(kind, file);
		} catch (org.cordon.io.xlsx.SheetFullException e) {
			err.println("cordon: " + kind + ": " + e.getMessage() + "; nothing was written.");
			return FAILED;
		}
		out.println("exported " + rows + " rows of " + kind + " to " + file);
		return OK;
	}

	private int init(ParsedArguments parsed, PrintStream out, PrintStream err) {
		List<String> options = parsed.commandArguments();
		if (!options.isEmpty() && !options.equals(List.of("--empty"))) {
			return usageError(err, "init takes only --empty");
		}
		boolean empty = options.contains("--empty");
		DatabaseSettings settings = empty ? parsed.settings().emptyWhenNew() : parsed.settings();
		if (settings.isServer()) {
			database.open(settings);
			out.println("the " + settings.describe() + " is ready (a database without Cordon's tables got them"
					+ (empty ? ")" : " and the sample data)"));
			return OK;
		}
		if (Files.exists(settings.databaseFolder())) {
			out.println("a database exists already in " + settings.dataFolder() + "; nothing changed");
			return OK;
		}
		database.open(settings);
		out.println((empty ? "created an empty database in " : "created a database with the Lin County sample data in ")
				+ settings.dataFolder());
		return OK;
	}

	private int sample(ParsedArguments parsed, PrintStream out, PrintStream err) {
		if (!parsed.commandArguments().equals(List.of("load"))) {
			return usageError(err, "the sample command is 'cordon sample load'");
		}
		boolean existed = parsed.settings().isServer() || Files.exists(parsed.settings().databaseFolder());
		// A new database would get the sample on creation; loading it again would only repeat the donations.
		database.open(existed ? parsed.settings() : parsed.settings().emptyWhenNew());
		try {
			ImportCounts counts = sample.load();
			out.println("loaded the sample data into " + parsed.settings().dataFolder() + ": " + counts.created() + " new records, "
					+ counts.updated() + " updated");
			return OK;
		} catch (CsvImportException e) {
			e.problems().forEach(err::println);
			err.println("cordon: the sample data does not fit this database; nothing was loaded.");
			return FAILED;
		} catch (IllegalStateException e) {
			err.println("cordon: " + e.getMessage() + "; nothing was loaded.");
			return FAILED;
		}
	}

	/** A password was needed but there is no CORDON_PASSWORD and no terminal to ask on. */
	static final class MissingPasswordException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		MissingPasswordException(String message) {
			super(message);
		}
	}

	/** CORDON_PASSWORD, else -Dcordon.db.password (a launcher's ini), else typed on the terminal without echo. */
	static String password(String whose) {
		String fromEnvironment = System.getenv(DatabaseSettings.PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		String fromProperty = System.getProperty(DatabaseSettings.PASSWORD_PROPERTY);
		if (fromProperty != null && !fromProperty.isEmpty()) {
			return fromProperty;
		}
		java.io.Console console = System.console();
		char[] typed = console == null ? null : console.readPassword("Password for %s: ", whose);
		if (typed == null) {
			throw new MissingPasswordException("the password for " + whose + " is needed: set the environment variable "
					+ DatabaseSettings.PASSWORD_VARIABLE + " or run the command on a terminal");
		}
		return new String(typed);
	}

	/** The global options and the command with its own arguments. */
	record ParsedArguments(DatabaseSettings settings, String command, List<String> commandArguments) {

		static ParsedArguments parse(List<String> arguments) {
			Path dataFolder = null;
			String url = null;
			String user = null;
			List<String> rest = new ArrayList<>();
			for (int i = 0; i < arguments.size(); i++) {
				String argument = arguments.get(i);
				if (argument.equals("--data") || argument.equals("--db") || argument.equals("--user")) {
					if (i + 1 >= arguments.size()) {
						throw new IllegalArgumentException(argument + (argument.equals("--data") ? " needs a folder"
								: argument.equals("--db") ? " needs a JDBC URL" : " needs a user name"));
					}
					String value = arguments.get(++i);
					switch (argument) {
					case "--data" -> dataFolder = Path.of(value);
					case "--db" -> url = value;
					default -> user = value;
					}
				} else if (argument.startsWith("--data=")) {
					dataFolder = Path.of(argument.substring("--data=".length()));
				} else {
					rest.add(argument);
				}
			}
			if (rest.isEmpty()) {
				rest.add("help");
			}
			DatabaseSettings settings;
			if (url != null) {
				DatabaseSettings.engineOf(url.strip());
				String name = user != null ? user : System.getenv(DatabaseSettings.USER_VARIABLE);
				if (name == null || name.isBlank()) {
					throw new IllegalArgumentException("--db needs a user: --user NAME or the environment variable " + DatabaseSettings.USER_VARIABLE);
				}
				settings = DatabaseSettings.server(url, name, password(name + " at " + url),
						dataFolder == null ? DatabaseSettings.defaultDataFolder() : dataFolder).populatedWhenNew();
			} else if (user != null) {
				throw new IllegalArgumentException("--user goes with --db URL, a server database");
			} else if (dataFolder != null) {
				settings = DatabaseSettings.embedded(dataFolder).populatedWhenNew();
			} else {
				settings = DatabaseSettings.fromSystemProperties();
			}
			return new ParsedArguments(settings, rest.get(0), List.copyOf(rest.subList(1, rest.size())));
		}
	}
}
