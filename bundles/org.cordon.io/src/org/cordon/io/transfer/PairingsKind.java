package org.cordon.io.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.csv.CsvRow;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RowWriter;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Pairing;

/**
 * {@code unit,community}: which unit answers for each community named in the file. A row with
 * an empty unit leaves its community unpaired.
 */
final class PairingsKind implements RecordKind {

	private static final List<String> HEADER = List.of("unit", "community");

	@Override
	public String name() {
		return "pairings";
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public List<ColumnShape> shapes() {
		return List.of(ColumnShape.reference("unit", CountyUnit.class), ColumnShape.reference("community", Community.class));
	}

	@Override
	public List<String> textColumns() {
		return List.of();
	}

	/** The code a community's pairing has: a community has at most one. */
	static String pairingCode(Community community) {
		return "PAIR-" + community.getCode();
	}

	@Override
	public ImportCounts importFile(RecordFile file, RecordStore store) {
		List<CsvProblem> problems = new ArrayList<>();
		Map<String, Long> communityLines = new HashMap<>();
		record Change(Community community, CountyUnit unit) {
		}
		List<Change> changes = new ArrayList<>();
		Map<String, CountyUnit> units = store.byCode(CountyUnit.class);
		Map<String, Community> communities = store.byCode(Community.class);
		for (CsvRow row : file.rows(HEADER)) {
			if (row.size() != HEADER.size()) {
				problems.add(new CsvProblem(file.name(), row.line(), "row", "has " + row.size() + " columns; 2 are expected (unit,community)"));
				continue;
			}
			CountyUnit unit = null;
			if (!row.cell(0).isEmpty()) {
				unit = units.get(row.cell(0));
				if (unit == null) {
					problems.add(new CsvProblem(file.name(), row.line(), "unit", "there is no county unit with the code " + Cells.quote(row.cell(0))));
				}
			}
			String communityCode = row.cell(1);
			if (communityCode.isEmpty()) {
				problems.add(new CsvProblem(file.name(), row.line(), "community", "a value is required"));
				continue;
			}
			Community community = communities.get(communityCode);
			if (community == null) {
				problems.add(new CsvProblem(file.name(), row.line(), "community", "there is no community with the code " + Cells.quote(communityCode)));
				continue;
			}
			Long firstLine = communityLines.putIfAbsent(communityCode, row.line());
			if (firstLine != null) {
				problems.add(new CsvProblem(file.name(), row.line(), "community", "duplicate key " + Cells.quote(communityCode)
						+ ", already on line " + firstLine + "; a community has at most one unit"));
				continue;
			}
			if (unit != null || row.cell(0).isEmpty()) {
				changes.add(new Change(community, unit));
			}
		}
		if (!problems.isEmpty()) {
			throw new CsvImportException(problems);
		}
		Map<String, Pairing> pairings = store.byCode(Pairing.class);
		Map<String, Pairing> byCommunity = new HashMap<>();
		pairings.values().forEach(p -> byCommunity.put(p.getCommunity().getCode(), p));
		int created = 0;
		int updated = 0;
		int removed = 0;
		for (Change change : changes) {
			Pairing existing = byCommunity.get(change.community().getCode());
			if (change.unit() == null) {
				if (existing != null) {
					store.remove(existing);
					removed++;
				}
			} else if (existing != null) {
				existing.setUnit(change.unit());
				updated++;
			} else {
				store.persist(new Pairing(pairingCode(change.community()), change.unit(), change.community()));
				created++;
			}
		}
		return new ImportCounts(created, updated, removed);
	}

	@Override
	public long count(RecordStore store) {
		return store.count(Pairing.class);
	}

	@Override
	public void export(RecordStore store, RowWriter output) {
		store.all(Pairing.class).stream().sorted(Comparator.comparing(p -> p.getCommunity().getCode()))
				.forEach(p -> output.row(p.getUnit().getCode(), p.getCommunity().getCode()));
	}
}
