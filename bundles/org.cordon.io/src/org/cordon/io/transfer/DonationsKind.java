package org.cordon.io.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.cordon.model.InvalidValueException;
import org.cordon.model.materials.Donation;
import org.cordon.model.materials.Donor;
import org.cordon.model.materials.DonorKind;

/**
 * {@code date,donor,donor_kind,cash_yuan,item,quantity,unit}: the donations ledger. Donors are
 * named, not coded, and created when new; every row is one more gift.
 */
final class DonationsKind implements RecordKind {

	private static final List<String> HEADER = List.of("date", "donor", "donor_kind", "cash_yuan", "item", "quantity", "unit");
	private static final CellType<LocalDate> DATE = Cells.date();
	private static final CellType<DonorKind> DONOR_KIND = Cells.choice(DonorKind.class);
	private static final CellType<BigDecimal> YUAN = Cells.yuan();
	private static final CellType<Integer> COUNT = Cells.count();
	private static final CellType<String> TEXT = Cells.text();

	@Override
	public String name() {
		return "donations";
	}

	@Override
	public List<String> header() {
		return HEADER;
	}

	@Override
	public List<ColumnShape> shapes() {
		return List.of(ColumnShape.of("date", DATE), ColumnShape.text("donor"), ColumnShape.of("donor_kind", DONOR_KIND),
				ColumnShape.of("cash_yuan", YUAN), ColumnShape.text("item"), ColumnShape.of("quantity", COUNT), ColumnShape.text("unit"));
	}

	@Override
	public List<String> textColumns() {
		return List.of("donor", "item", "unit");
	}

	@Override
	public ImportCounts importFile(RecordFile file, RecordStore store) {
		List<CsvProblem> problems = new ArrayList<>();
		Map<String, Donor> donorsByName = new HashMap<>();
		store.all(Donor.class).forEach(d -> donorsByName.put(d.getName(), d));
		Map<String, DonorKind> newDonors = new HashMap<>();
		List<Donation> gifts = new ArrayList<>();
		List<String> giftDonors = new ArrayList<>();
		for (CsvRow row : file.rows(HEADER)) {
			if (row.size() != HEADER.size()) {
				problems.add(new CsvProblem(file.name(), row.line(), "row",
						"has " + row.size() + " columns; 7 are expected (" + String.join(",", HEADER) + ")"));
				continue;
			}
			int before = problems.size();
			LocalDate date = read(file, row, 0, DATE, false, problems);
			String donorName = read(file, row, 1, TEXT, false, problems);
			DonorKind kind = read(file, row, 2, DONOR_KIND, false, problems);
			BigDecimal cash = read(file, row, 3, YUAN, false, problems);
			String item = read(file, row, 4, TEXT, true, problems);
			Integer quantity = read(file, row, 5, COUNT, true, problems);
			String unit = read(file, row, 6, TEXT, true, problems);
			if (problems.size() > before) {
				continue;
			}
			donorName = donorName.strip();
			Donor known = donorsByName.get(donorName);
			DonorKind knownKind = known != null ? known.getKind() : newDonors.get(donorName);
			if (knownKind != null && knownKind != kind) {
				problems.add(new CsvProblem(file.name(), row.line(), "donor_kind", Cells.quote(Cells.word(kind)) + " does not match "
						+ Cells.quote(donorName) + ", who is recorded as " + Cells.word(knownKind)));
				continue;
			}
			Donation gift = new Donation();
			try {
				// provisional: the real code is given when the whole file has passed
				gift.setCode("DON-NEW");
				gift.setDate(date);
				gift.setCashYuan(cash);
				gift.setItem(item);
				gift.setQuantity(quantity);
				gift.setUnit(unit);
				if (known != null) {
					gift.setDonor(known);
				} else {
					// a placeholder until the donor is created below, so validate() sees a donor
					Donor placeholder = new Donor();
					placeholder.setCode("DONOR-NEW");
					placeholder.setName(donorName);
					placeholder.setKind(kind);
					gift.setDonor(placeholder);
				}
				gift.validate();
			} catch (InvalidValueException e) {
				problems.add(new CsvProblem(file.name(), row.line(), e.getField(), e.getReason()));
				continue;
			}
			newDonors.putIfAbsent(donorName, kind);
			gifts.add(gift);
			giftDonors.add(donorName);
		}
		if (!problems.isEmpty()) {
			throw new CsvImportException(problems);
		}
		int nextDonor = nextNumber(store.byCode(Donor.class).keySet(), "DONOR-");
		int nextGift = nextNumber(store.byCode(Donation.class).keySet(), "DON-");
		for (int i = 0; i < gifts.size(); i++) {
			String donorName = giftDonors.get(i);
			Donor donor = donorsByName.get(donorName);
			if (donor == null) {
				donor = new Donor();
				donor.setCode(String.format("DONOR-%04d", nextDonor++));
				donor.setName(donorName);
				donor.setKind(newDonors.get(donorName));
				store.persist(donor);
				donorsByName.put(donorName, donor);
			}
			Donation gift = gifts.get(i);
			gift.setDonor(donor);
			gift.setCode(String.format("DON-%06d", nextGift++));
			store.persist(gift);
		}
		return new ImportCounts(gifts.size(), 0, 0);
	}

	private static <V> V read(RecordFile file, CsvRow row, int index, CellType<V> type, boolean optional, List<CsvProblem> problems) {
		String text = row.cell(index);
		if (text.isEmpty()) {
			if (!optional) {
				problems.add(new CsvProblem(file.name(), row.line(), HEADER.get(index), "a value is required"));
			}
			return null;
		}
		try {
			return type.parse(text);
		} catch (CellException e) {
			problems.add(new CsvProblem(file.name(), row.line(), HEADER.get(index), e.getMessage()));
			return null;
		}
	}

	/** The next free number after the highest {@code PREFIX<number>} code. */
	static int nextNumber(Iterable<String> codes, String prefix) {
		int highest = 0;
		for (String code : codes) {
			if (code.startsWith(prefix)) {
				try {
					highest = Math.max(highest, Integer.parseInt(code.substring(prefix.length())));
				} catch (NumberFormatException notOurs) {
					// a code someone chose by hand
				}
			}
		}
		return highest + 1;
	}

	@Override
	public long count(RecordStore store) {
		return store.count(Donation.class);
	}

	@Override
	public void export(RecordStore store, RowWriter output) {
		store.all(Donation.class).stream().sorted(Comparator.comparing(Donation::getDate).thenComparing(Donation::getCode))
				.forEach(d -> output.row(DATE.format(d.getDate()), d.getDonor().getName(), DONOR_KIND.format(d.getDonor().getKind()),
						YUAN.format(d.getCashYuan()), d.getItem() == null ? "" : d.getItem(),
						d.getQuantity() == null ? "" : COUNT.format(d.getQuantity()), d.getUnit() == null ? "" : d.getUnit()));
	}
}
