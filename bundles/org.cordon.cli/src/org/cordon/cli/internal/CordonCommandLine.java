package org.cordon.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cordon.cli.CommandLine;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.services.about.AboutService;
import org.cordon.services.about.ComponentVersion;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CommandLine.class)
public class CordonCommandLine implements CommandLine {

	private static final String USAGE_TEXT = """
			Usage: cordon [--data DIR] COMMAND

			Commands:
			  version    the versions of Cordon, Eclipse, EclipseLink, Derby and Java
			  summary    headline counts of the organisation, as key: value lines
			  help       this text

			Options:
			  --data DIR   the data folder of the embedded database (default ~/.cordon/data,
			               or the system property cordon.data)
			""";

	private final CordonDatabase database;
	private final OrganisationService organisation;
	private final AboutService about;

	@Activate
	public CordonCommandLine(@Reference CordonDatabase database, @Reference OrganisationService organisation,
			@Reference AboutService about) {
		this.database = database;
		this.organisation = organisation;
		this.about = about;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		ParsedArguments parsed;
		try {
			parsed = ParsedArguments.parse(arguments);
		} catch (IllegalArgumentException e) {
			err.println("cordon: " + e.getMessage() + "; try 'cordon help'.");
			return USAGE;
		}
		try {
			return switch (parsed.command()) {
			case "help", "--help", "-h" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			case "version", "--version" -> version(out);
			case "summary" -> summary(parsed, out);
			default -> {
				err.println("cordon: unknown command '" + parsed.command() + "'; try 'cordon help'.");
				yield USAGE;
			}
			};
		} catch (DatabaseUnavailableException e) {
			err.println("cordon: " + e.getMessage());
			return FAILED;
		} finally {
			// Release the embedded database at once, so that the workbench or another command can open it.
			database.close();
		}
	}

	private int version(PrintStream out) {
		for (ComponentVersion version : about.versions()) {
			out.println(version.name() + ": " + version.version());
		}
		return OK;
	}

	private int summary(ParsedArguments parsed, PrintStream out) {
		database.open(parsed.settings());
		OrganisationSummary summary = organisation.summary();
		for (Map.Entry<String, Long> entry : summary.asKeyValues().entrySet()) {
			out.println(entry.getKey() + ": " + entry.getValue());
		}
		return OK;
	}

	/** The global options and the command with its own arguments. */
	record ParsedArguments(DatabaseSettings settings, String command, List<String> commandArguments) {

		static ParsedArguments parse(List<String> arguments) {
			DatabaseSettings settings = null;
			List<String> rest = new ArrayList<>();
			for (int i = 0; i < arguments.size(); i++) {
				String argument = arguments.get(i);
				if (argument.equals("--data")) {
					if (i + 1 >= arguments.size()) {
						throw new IllegalArgumentException("--data needs a folder");
					}
					settings = DatabaseSettings.embedded(Path.of(arguments.get(++i)));
				} else if (argument.startsWith("--data=")) {
					settings = DatabaseSettings.embedded(Path.of(argument.substring("--data=".length())));
				} else {
					rest.add(argument);
				}
			}
			if (rest.isEmpty()) {
				rest.add("help");
			}
			return new ParsedArguments(settings == null ? DatabaseSettings.fromSystemProperties() : settings,
					rest.get(0), List.copyOf(rest.subList(1, rest.size())));
		}
	}
}
