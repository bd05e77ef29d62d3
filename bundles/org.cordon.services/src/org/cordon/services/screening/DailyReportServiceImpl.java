package org.cordon.services.screening;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.organisation.Township;
import org.cordon.model.screening.DailyReport;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DailyReportService.class)
public class DailyReportServiceImpl implements DailyReportService {

	private final Transactions transactions;

	@Activate
	public DailyReportServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public ZeroReportBoard board(LocalDate day) {
		return transactions.readInTransaction(em -> {
			List<Township> townships = em.createQuery("select t from Township t order by t.sortOrder, t.code", Township.class).getResultList();
			Map<Long, DailyReport> reports = new HashMap<>();
			for (DailyReport report : em.createQuery("select r from DailyReport r where r.date = :day", DailyReport.class)
					.setParameter("day", day).getResultList()) {
				reports.put(report.getTownship().getId(), report);
			}
			return new ZeroReportBoard(day, townships.stream().map(t -> new TownshipDay(t, reports.get(t.getId()))).toList());
		});
	}

	@Override
	public Optional<LocalDate> lastReportDay() {
		return Optional.ofNullable(transactions.read(em -> em.createQuery("select max(r.date) from DailyReport r", LocalDate.class).getSingleResult()));
	}

	@Override
	public List<DailyReport> save(List<DailyReport> reports) {
		return transactions.write(em -> {
			for (DailyReport report : reports) {
				if (report.getId() == null) {
					// A new record refers to what the board read earlier; it joins this transaction's copy.
					report.setTownship(em.find(Township.class, report.getTownship().getId()));
				}
			}
			return Transactions.store(em, reports);
		});
	}
}
