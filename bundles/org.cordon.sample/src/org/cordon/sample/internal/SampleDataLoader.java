package org.cordon.sample.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.cordon.io.csv.CsvFile;
import org.cordon.io.transfer.RecordKind.ImportCounts;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.NewDatabaseListener;
import org.cordon.sample.SampleData;
import org.cordon.services.transfer.TransferService;
import org.cordon.services.transfer.TransferService.KindFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Loads the sample set on demand, and into every new database whose settings ask for it. */
@Component(service = { SampleData.class, NewDatabaseListener.class })
public class SampleDataLoader implements SampleData, NewDatabaseListener {

	static final String FOLDER = "data/";

	private final TransferService transfer;
	private final Bundle bundle;

	@Activate
	public SampleDataLoader(@Reference TransferService transfer, BundleContext context) {
		this.transfer = transfer;
		this.bundle = context.getBundle();
	}

	@Override
	public List<String> kinds() {
		return transfer.kinds().stream().filter(kind -> bundle.getEntry(FOLDER + kind + ".csv") != null).toList();
	}

	@Override
	public ImportCounts load() {
		// Donations have no key: loading the ledger twice would count every gift twice.
		if (transfer.count("donations") > 0) {
			throw new IllegalStateException("the database already holds donations, and the sample's ledger would add every gift again");
		}
		List<KindFile> files = new ArrayList<>();
		for (String kind : kinds()) {
			files.add(new KindFile(kind, read(kind)));
		}
		return transfer.importAll(files);
	}

	@Override
	public void databaseCreated(CordonDatabase database) {
		load();
	}

	private CsvFile read(String kind) {
		String name = kind + ".csv";
		URL entry = bundle.getEntry(FOLDER + name);
		try (InputStream in = entry.openStream()) {
			byte[] bytes = in.readAllBytes();
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
			return CsvFile.of(name, text);
		} catch (CharacterCodingException e) {
			throw new IllegalStateException("the sample file " + name + " is not UTF-8", e);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the sample file " + name, e);
		}
	}
}
