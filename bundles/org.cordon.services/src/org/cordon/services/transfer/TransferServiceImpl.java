package org.cordon.services.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cordon.io.csv.CsvImportException;
import org.cordon.io.csv.CsvOutput;
import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.ImportCancelledException;
import org.cordon.io.file.ImportProgress;
import org.cordon.io.file.RecordFile;
import org.cordon.io.file.RecordFiles;
import org.cordon.io.file.RowWriter;
import org.cordon.io.transfer.KindLabels;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.io.transfer.SheetLayouts;
import org.cordon.io.xlsx.SheetLayout;
import org.cordon.io.xlsx.XlsxOutput;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.MappedColumns;
import org.cordon.persistence.TableStatistics;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

@Component(service = TransferService.class)
public class TransferServiceImpl implements TransferService {

	private final Transactions transactions;

	@Activate
	public TransferServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public List<String> kinds() {
		return RecordKinds.all().stream().map(RecordKind::name).toList();
	}

	private static RecordKind kind(String name) {
		return RecordKinds.named(name).orElseThrow(() -> new IllegalArgumentException(
				"there is no record kind '" + name + "'; the kinds are " + String.join(", ", RecordKinds.all().stream().map(RecordKind::name).toList())));
	}

	@Override
	public List<String> header(String kindName) {
		return kind(kindName).header();
	}

	@Override
	public ImportCounts importFile(String kindName, Path file) {
		RecordKind kind = kind(kindName);
		RecordFile read = RecordFiles.read(file);
		// nothing is written after the file, so a large checkpoint-counts file may use Derby's bulk load
		ImportCounts counts = transactions.write(em -> importInto(em, kind, read));
		refreshStatistics(List.of(kind));
		return counts;
	}

	@Override
	public ImportCounts importAll(List<KindFile> files, ImportProgress progress) {
		files.forEach(f -> kind(f.kind()));
		ImportCounts all = transactions.write(em -> {
			int created = 0;
			int updated = 0;
			int removed = 0;
			for (KindFile file : files) {
				// A fresh store per file: each kind sees what the files before it stored.
				em.flush();
				ImportCounts counts = importInto(em, kind(file.kind()), watched(file.file(), progress));
				created += counts.created();
				updated += counts.updated();
				removed += counts.removed();
			}
			if (progress.isCanceled()) {
				throw new ImportCancelledException();
			}
			return new ImportCounts(created, updated, removed);
		});
		refreshStatistics(files.stream().map(f -> kind(f.kind())).distinct().toList());
		return all;
	}

	/**
	 * The statistics of the tables just imported into, so that the next reads are planned on what
	 * they hold and no desk waits for Derby to compute them (TableStatistics). The import stands
	 * either way: a database that refuses it computes them itself later.
	 */
	private void refreshStatistics(List<RecordKind> kinds) {
		try {
			transactions.writeVoid(em -> {
				Set<String> tables = new LinkedHashSet<>();
				kinds.forEach(kind -> tables.add(MappedColumns.table(em, importedType(kind))));
				try {
					TableStatistics.refresh(em.unwrap(Connection.class), tables);
				} catch (SQLException e) {
					throw new PersistenceException(e.getMessage(), e);
				}
			});
		} catch (RuntimeException e) {
			System.getLogger(TransferServiceImpl.class.getName()).log(System.Logger.Level.WARNING,
					"The import is stored, but the statistics of its tables could not be refreshed (" + e.getMessage()
							+ "); the database computes them itself later.");
		}
	}

	@Override
	public ImportPreview preview(List<KindFile> files, ImportProgress progress) {
		files.forEach(f -> kind(f.kind()));
		return transactions.readInTransaction(em -> {
			List<FileOutcome> outcomes = new ArrayList<>();
			for (KindFile file : files) {
				em.flush();
				ImportCounts counts = new ImportCounts(0, 0, 0);
				List<CsvProblem> problems = List.of();
				try {
					counts = importInto(em, kind(file.kind()), watched(file.file(), progress));
				} catch (CsvImportException e) {
					problems = e.problems();
				} catch (ImportCancelledException e) {
					throw e;
				} catch (RuntimeException e) {
					// refused rights, say: the whole file cannot go in, for the reason the import would give
					problems = List.of(new CsvProblem(file.file().name(), 0, "file", org.cordon.model.Failures.innermostMessage(e)));
				}
				outcomes.add(new FileOutcome(file.kind(), file.file().name(), counts, problems));
			}
			return new ImportPreview(outcomes);
		});
	}

	private static RecordFile watched(RecordFile file, ImportProgress progress) {
		return progress == ImportProgress.NONE ? file : RecordFiles.watched(file, progress);
	}

	@Override
	public void checkAhead(KindFile file) {
		if (CheckpointCountsBulk.handles(kind(file.kind()))) {
			CheckpointCountsBulk.checkAhead(file.file());
		}
	}

	private static ImportCounts importInto(EntityManager em, RecordKind kind, RecordFile file) {
		org.cordon.services.internal.AccessRules.of(em).check(em, importedType(kind));
		org.cordon.services.internal.ChartChanges.note(em, importedType(kind));
		if (CheckpointCountsBulk.handles(kind)) {
			return CheckpointCountsBulk.importFile(file, em);
		}
		if (TemperatureReportsBulk.handles(kind)) {
			return TemperatureReportsBulk.importFile(file, em);
		}
		return kind.importFile(file, new JpaRecordStore(em));
	}

	/** The records an import writes: whoever may change them may import them. */
	private static Class<?> importedType(RecordKind kind) {
		if (kind instanceof org.cordon.io.transfer.RecordFormat<?> format) {
			return format.type();
		}
		if (CheckpointCountsBulk.handles(kind)) {
			return org.cordon.model.checkpoints.CheckpointCount.class;
		}
		// The two kinds with rules of their own
		return kind.name().equals("donations") ? org.cordon.model.materials.Donation.class : org.cordon.model.organisation.Pairing.class;
	}

	@Override
	public long count(String kindName) {
		RecordKind kind = kind(kindName);
		return transactions.read(em -> kind.count(new JpaRecordStore(em)));
	}

	@Override
	public int exportFile(String kindName, Path file, KindLabels labels) {
		RecordKind kind = kind(kindName);
		return transactions.readInTransaction(em -> {
			JpaRecordStore store = new JpaRecordStore(em);
			try (RowWriter output = RecordFiles.isWorkbook(file) ? XlsxOutput.create(file, SheetLayouts.of(kind, store, labels))
					: CsvOutput.create(file, kind.header())) {
				if (CheckpointCountsBulk.handles(kind)) {
					CheckpointCountsBulk.export(em, output);
				} else if (TemperatureReportsBulk.handles(kind)) {
					TemperatureReportsBulk.export(em, output);
				} else {
					kind.export(store, output);
				}
				output.complete();
				return output.rowCount();
			}
		});
	}

	@Override
	public void writeTemplate(String kindName, Path file, KindLabels labels) {
		RecordKind kind = kind(kindName);
		transactions.readInTransaction(em -> {
			SheetLayout layout = SheetLayouts.of(kind, new JpaRecordStore(em), labels);
			try (RowWriter output = XlsxOutput.create(file, layout)) {
				output.complete();
			}
			return null;
		});
	}
}
