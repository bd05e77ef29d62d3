package org.cordon.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.materials.MaterialItem;
import org.cordon.model.materials.StockIssue;
import org.cordon.model.materials.StockReceipt;
import org.cordon.model.screening.Quarantine;
import org.cordon.model.screening.QuarantineKind;
import org.cordon.report.charts.BriefingChartService;
import org.cordon.report.charts.BriefingCharts;
import org.cordon.report.charts.CategoryChartData;
import org.cordon.report.charts.ChartSeries;
import org.cordon.report.charts.DailyChartData;
import org.cordon.services.checkpoints.CheckpointCountService;
import org.cordon.services.records.RecordService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = BriefingChartService.class)
public class BriefingChartServiceImpl implements BriefingChartService {

	private final CheckpointCountService checkpointCounts;
	private final RecordService records;

	@Activate
	public BriefingChartServiceImpl(@Reference CheckpointCountService checkpointCounts, @Reference RecordService records) {
		this.checkpointCounts = checkpointCounts;
		this.records = records;
	}

	@Override
	public Optional<LocalDate> latestDay() {
		return checkpointCounts.lastCountDay();
	}

	@Override
	public BriefingCharts charts(LocalDate day) {
		LocalDate earliest = day.minusDays(DAYS - 1L);
		return new BriefingCharts(day, checks(earliest, day), quarantines(earliest, day), stock(day));
	}

	private DailyChartData checks(LocalDate earliest, LocalDate day) {
		Map<LocalDate, long[]> byDay = new HashMap<>();
		LocalDate first = null;
		for (CheckpointCount count : checkpointCounts.counts(earliest, day).counts()) {
			long[] sums = byDay.computeIfAbsent(count.getDate(), d -> new long[2]);
			sums[0] += count.getVehicles();
			sums[1] += count.getPersons();
			first = first == null || count.getDate().isBefore(first) ? count.getDate() : first;
		}
		List<LocalDate> days = first == null ? List.of() : first.datesUntil(day.plusDays(1)).toList();
		List<Long> vehicles = days.stream().map(d -> byDay.getOrDefault(d, new long[2])[0]).toList();
		List<Long> persons = days.stream().map(d -> byDay.getOrDefault(d, new long[2])[1]).toList();
		return new DailyChartData("卡口每日检查 Checked at the checkpoints per day", "辆／人 Vehicles / persons", days,
				List.of(new ChartSeries("车辆 Vehicles", vehicles), new ChartSeries("人员 Persons", persons)));
	}

	private DailyChartData quarantines(LocalDate earliest, LocalDate day) {
		List<Quarantine> started = records.all(Quarantine.class).stream()
				.filter(q -> q.getStart() != null && !q.getStart().isAfter(day)).toList();
		LocalDate first = started.stream().map(Quarantine::getStart).min(LocalDate::compareTo).orElse(null);
		List<LocalDate> days = first == null ? List.of() : (first.isBefore(earliest) ? earliest : first).datesUntil(day.plusDays(1)).toList();
		List<ChartSeries> series = new ArrayList<>();
		for (QuarantineKind kind : QuarantineKind.values()) {
			List<Quarantine> ofKind = started.stream().filter(q -> q.getKind() == kind).toList();
			series.add(new ChartSeries(kindLabel(kind), days.stream().map(d -> ofKind.stream().filter(q -> inForce(q, d)).count()).toList()));
		}
		return new DailyChartData("每日在隔离人数 Persons in quarantine per day", "人 Persons", days, series);
	}

	/** In force on a day: started on or before it and not ended before it, as in the screening section. */
	static boolean inForce(Quarantine quarantine, LocalDate day) {
		return !quarantine.getStart().isAfter(day) && (quarantine.getEnd() == null || !quarantine.getEnd().isBefore(day));
	}

	private CategoryChartData stock(LocalDate day) {
		Map<String, Long> onHand = new HashMap<>();
		for (StockReceipt receipt : records.all(StockReceipt.class)) {
			if (!receipt.getDate().isAfter(day)) {
				onHand.merge(receipt.getItem().getCode(), (long) receipt.getQuantity(), Long::sum);
			}
		}
		for (StockIssue issue : records.all(StockIssue.class)) {
			if (!issue.getDate().isAfter(day)) {
				onHand.merge(issue.getItem().getCode(), (long) -issue.getQuantity(), Long::sum);
			}
		}
		List<String> categories = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (MaterialItem item : records.all(MaterialItem.class)) {
			categories.add(item.getName() + "（" + item.getUnit() + "）");
			values.add(onHand.getOrDefault(item.getCode(), 0L));
		}
		return new CategoryChartData("物资库存 Stock on hand, " + day, "数量 Quantity", categories,
				List.of(new ChartSeries("库存 On hand", values)));
	}

	private static String kindLabel(QuarantineKind kind) {
		return switch (kind) {
		case CENTRALISED -> "集中隔离 Centralised";
		case HOME -> "居家隔离 At home";
		};
	}
}
