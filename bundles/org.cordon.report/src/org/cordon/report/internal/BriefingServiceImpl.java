package org.cordon.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.report.Briefing;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSection;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.report.BriefingService;
import org.cordon.report.ZeroReportLedger;
import org.cordon.report.charts.BriefingChartImages;
import org.cordon.report.charts.BriefingChartService;
import org.cordon.services.checkpoints.CheckpointCountService;
import org.cordon.services.checkpoints.CheckpointService;
import org.cordon.services.checkpoints.CheckpointTotals;
import org.cordon.services.screening.DailyReportService;
import org.cordon.services.screening.ReportStatus;
import org.cordon.services.screening.TownshipDay;
import org.cordon.services.screening.ZeroReportBoard;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = BriefingService.class)
public class BriefingServiceImpl implements BriefingService {

	public static final String SECTIONS_EXTENSION_POINT = "org.cordon.report.sections";

	private final CheckpointService checkpoints;
	private final CheckpointCountService checkpointCounts;
	private final DailyReportService dailyReports;
	private final BriefingChartService charts;

	@Activate
	public BriefingServiceImpl(@Reference CheckpointService checkpoints, @Reference CheckpointCountService checkpointCounts,
			@Reference DailyReportService dailyReports, @Reference BriefingChartService charts) {
		this.checkpoints = checkpoints;
		this.checkpointCounts = checkpointCounts;
		this.dailyReports = dailyReports;
		this.charts = charts;
	}

	@Override
	public Briefing briefing(LocalDate day) {
		List<CheckpointCount> counts = checkpointCounts.counts(day, day).counts();
		long vehicles = counts.stream().mapToLong(CheckpointCount::getVehicles).sum();
		long persons = counts.stream().mapToLong(CheckpointCount::getPersons).sum();
		long fever = counts.stream().mapToLong(CheckpointCount::getFever).sum();
		CheckpointTotals upTo = checkpoints.totalsUpTo(day);
		ZeroReportLedger ledger = ledger(dailyReports.board(day));
		boolean hasData = !counts.isEmpty() || ledger.missing().size() < ledger.townships();

		List<BriefingFigure> headline = List.of(BriefingFigure.ofDay("车辆 Vehicles checked", vehicles, upTo.vehicles()),
				BriefingFigure.ofDay("人员 Persons checked", persons, upTo.persons()),
				BriefingFigure.ofDay("发热 Persons with fever", fever, upTo.fever()));
		String summary = hasData
				? "截至" + chineseDate(day) + "，全县卡口累计检查车辆" + upTo.vehicles() + "辆、人员" + upTo.persons() + "人，发现发热人员"
						+ upTo.fever() + "人。当日检查车辆" + vehicles + "辆、人员" + persons + "人。" + ledger.townships() + "个乡镇中，"
						+ ledger.reported().size() + "个报告有情况，" + ledger.zero().size() + "个零报告，" + ledger.missing().size() + "个未报告。"
						+ " To " + day + ", the checkpoints checked " + upTo.vehicles() + " vehicles and " + upTo.persons()
						+ " persons and found " + upTo.fever() + " with fever; of " + ledger.townships() + " townships "
						+ ledger.reported().size() + " reported findings, " + ledger.zero().size() + " reported zero and "
						+ ledger.missing().size() + " did not report."
				: chineseDate(day) + "无任何报告或卡口数据。 Nothing was recorded for " + day
						+ ": no checkpoint counts and no township reports. The cumulative figures are those of the days before.";
		return new Briefing(day, "新冠肺炎疫情防控工作日报 · Daily briefing", summary, hasData, headline, ledger, sections(day),
				BriefingChartImages.images(charts.charts(day)));
	}

	private static String chineseDate(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static ZeroReportLedger ledger(ZeroReportBoard board) {
		return new ZeroReportLedger(board.day(), names(board, ReportStatus.REPORTED), names(board, ReportStatus.ZERO),
				names(board, ReportStatus.MISSING));
	}

	private static List<String> names(ZeroReportBoard board, ReportStatus status) {
		return board.townships().stream().filter(t -> t.status() == status).map(TownshipDay::township).map(t -> t.getName()).toList();
	}

	private record Contribution(String id, String title, int order, IConfigurationElement element) {
	}

	private static List<BriefingSection> sections(LocalDate day) {
		var registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<Contribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(SECTIONS_EXTENSION_POINT)) {
			if (!"section".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			int order;
			try {
				order = Integer.parseInt(element.getAttribute("order").trim());
			} catch (NumberFormatException | NullPointerException e) {
				throw new IllegalStateException(contributor + " gives its briefing section " + element.getAttribute("id")
						+ " the order '" + element.getAttribute("order") + "', which is not a whole number");
			}
			contributions.add(new Contribution(element.getAttribute("id"), element.getAttribute("title"), order, element));
		}
		contributions.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
		BriefingSectionProvider.Services services = BriefingServiceImpl::service;
		List<BriefingSection> sections = new ArrayList<>();
		for (Contribution contribution : contributions) {
			BriefingSectionProvider provider;
			try {
				provider = (BriefingSectionProvider) contribution.element().createExecutableExtension("class");
			} catch (CoreException e) {
				throw new IllegalStateException("The briefing section " + contribution.id() + " of "
						+ contribution.element().getContributor().getName() + " cannot be created: " + e.getMessage(), e);
			}
			BriefingSectionProvider.Content content = provider.content(day, services);
			sections.add(new BriefingSection(contribution.id(), contribution.title(), content.notes(), content.figures(),
					content.images(), content.lists()));
		}
		return sections;
	}

	private static <T> T service(Class<T> type) {
		Bundle bundle = FrameworkUtil.getBundle(BriefingServiceImpl.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
		T service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("the briefing needs the service " + type.getName() + ", which is not running");
		}
		return service;
	}
}
