import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.services.checkpoints.CheckpointCountServiceImpl;
import org.cordon.services.checkpoints.CheckpointServiceImpl;
import org.cordon.services.checkpoints.CheckpointTotals;

/**
 * The briefing's cumulative checkpoint figures ({@code CheckpointService.totalsUpTo}, what
 * {@code BriefingServiceImpl} asks for) on a database that holds the import benchmark's million
 * rows, warm: the same service code the briefing runs, outside OSGi on the product's jars. Then the
 * query once more with Derby's plan logging on, and the plan printed.
 *
 * <pre>  AggregateBenchmark DATA_FOLDER [RUNS]</pre>
 */
public class AggregateBenchmark {

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path log = data.resolve("aggregate-derby.log");
		System.setProperty("derby.stream.error.file", log.toString());
		EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();
		database.open(DatabaseSettings.embedded(data).emptyWhenNew());
		CheckpointServiceImpl checkpoints = new CheckpointServiceImpl(database);
		LocalDate day = new CheckpointCountServiceImpl(database).lastCountDay()
				.orElseThrow(() -> new IllegalStateException("no checkpoint counts in " + data));
		CheckpointTotals totals = null;
		for (int i = 0; i < 5; i++) {
			totals = checkpoints.totalsUpTo(day);
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			checkpoints.totalsUpTo(day);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		database.close();

		// Once more with the plan logged (a property Derby reads when it boots the database).
		System.setProperty("derby.language.logQueryPlan", "true");
		long logged = Files.exists(log) ? Files.size(log) : 0;
		database.open(DatabaseSettings.embedded(data).emptyWhenNew());
		new CheckpointServiceImpl(database).totalsUpTo(day);
		database.close();
		System.out.println("aggregate_day: " + day);
		System.out.println("aggregate_totals: " + totals);
		System.out.println("aggregate_plan:");
		System.out.println(plan(Files.readString(log).substring((int) logged)));
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		for (double value : millis) {
			System.out.printf(Locale.ROOT, "aggregate_run_ms: %.3f%n", value);
		}
	}

	/** The logged plans of the statements that sum the counts, one block each. */
	private static String plan(String log) {
		StringBuilder plans = new StringBuilder();
		List<String> lines = log.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.contains("Begin compiling prepared statement") || !line.contains("SUM(")) {
				continue;
			}
			for (int j = i; j < lines.size(); j++) {
				if (j > i && lines.get(j).matches("^\\d{4}-\\d\\d-\\d\\d.*") && !lines.get(j).contains("SUM(")) {
					break;
				}
				plans.append("  ").append(lines.get(j)).append('\n');
			}
		}
		return plans.isEmpty() ? "  (Derby logged no plan for the sums)" : plans.toString();
	}
}
