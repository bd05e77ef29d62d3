package org.cordon.io.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.cordon.io.csv.CsvProblem;
import org.cordon.model.CordonEntity;
import org.cordon.model.materials.MaterialItem;
import org.cordon.model.materials.StockIssue;
import org.cordon.model.materials.StockReceipt;

/**
 * The county store's rule: nothing is issued that is not on hand. Receipts and issues are
 * replayed in date order (a day's receipts before its issues); the first issue that would take an
 * item below zero is reported, at its line when it came from the imported file.
 */
final class StockOnHand implements RecordFormat.StoreCheck {

	private record Movement(LocalDate date, boolean receipt, String code, MaterialItem item, int quantity, CordonEntity record) {
	}

	@Override
	public List<CsvProblem> check(RecordStore store, String fileName, ToLongFunction<CordonEntity> lineOf) {
		List<Movement> movements = new ArrayList<>();
		for (StockReceipt receipt : store.all(StockReceipt.class)) {
			movements.add(new Movement(receipt.getDate(), true, receipt.getCode(), receipt.getItem(), receipt.getQuantity(), receipt));
		}
		for (StockIssue issue : store.all(StockIssue.class)) {
			movements.add(new Movement(issue.getDate(), false, issue.getCode(), issue.getItem(), issue.getQuantity(), issue));
		}
		movements.sort(Comparator.comparing(Movement::date).thenComparing(m -> !m.receipt()).thenComparing(Movement::code));
		Map<String, Long> onHand = new HashMap<>();
		List<CsvProblem> problems = new ArrayList<>();
		for (Movement movement : movements) {
			String item = movement.item().getCode();
			long before = onHand.getOrDefault(item, 0L);
			long after = movement.receipt() ? before + movement.quantity() : before - movement.quantity();
			onHand.put(item, after);
			if (after < 0) {
				String what = movement.item().getName() + " (" + movement.item().getUnit() + ")";
				problems.add(new CsvProblem(fileName, lineOf.applyAsLong(movement.record()), "quantity", "issue " + movement.code() + " of "
						+ movement.quantity() + " " + what + " on " + movement.date() + " is more than the " + before + " on hand"));
				onHand.put(item, 0L);
			}
		}
		return problems;
	}
}
