package org.cordon.io.csv;

import java.util.List;
import java.util.stream.Collectors;

/** An import that wrote nothing, because of the problems it lists. */
public class CsvImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;
	private static final int PROBLEMS_IN_MESSAGE = 50;

	private final transient List<CsvProblem> problems;

	public CsvImportException(List<CsvProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<CsvProblem> problems() {
		return problems;
	}

	private static String describe(List<CsvProblem> problems) {
		String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(CsvProblem::toString).collect(Collectors.joining("\n"));
		if (problems.size() > PROBLEMS_IN_MESSAGE) {
			listed += "\n… and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more problems";
		}
		return listed;
	}
}
