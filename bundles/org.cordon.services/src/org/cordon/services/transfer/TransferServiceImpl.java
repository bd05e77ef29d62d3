package org.cordon.services.transfer;

import java.nio.file.Path;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.csv.CsvOutput;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

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
	public ImportCounts importFile(String kindName, Path file) {
		RecordKind kind = kind(kindName);
		CsvFile csv = CsvFile.read(file);
		// nothing is written after the file, so a large checkpoint-counts file may use Derby's bulk load
		return transactions.write(em -> importInto(em, kind, csv));
	}

	@Override
	public ImportCounts importAll(List<KindFile> files) {
		files.forEach(f -> kind(f.kind()));
		return transactions.write(em -> {
			int created = 0;
			int updated = 0;
			int removed = 0;
			for (KindFile file : files) {
				// A fresh store per file: each kind sees what the files before it stored.
				em.flush();
				ImportCounts counts = importInto(em, kind(file.kind()), file.file());
				created += counts.created();
				updated += counts.updated();
				removed += counts.removed();
			}
			return new ImportCounts(created, updated, removed);
		});
	}

	@Override
	public void checkAhead(KindFile file) {
		if (CheckpointCountsBulk.handles(kind(file.kind()))) {
			CheckpointCountsBulk.checkAhead(file.file());
		}
	}

	private static ImportCounts importInto(EntityManager em, RecordKind kind, CsvFile file) {
		org.cordon.services.internal.AccessRules.of(em).check(em, importedType(kind));
		org.cordon.services.internal.ChartChanges.note(em, importedType(kind));
		if (CheckpointCountsBulk.handles(kind)) {
			return CheckpointCountsBulk.importFile(file, em);
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
	public int exportFile(String kindName, Path file) {
		RecordKind kind = kind(kindName);
		return transactions.readInTransaction(em -> {
			try (CsvOutput output = CsvOutput.create(file, kind.header())) {
				if (CheckpointCountsBulk.handles(kind)) {
					CheckpointCountsBulk.export(em, output);
				} else {
					kind.export(new JpaRecordStore(em), output);
				}
				output.complete();
				return output.rowCount();
			}
		});
	}
}
