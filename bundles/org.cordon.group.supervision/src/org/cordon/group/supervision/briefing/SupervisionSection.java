package org.cordon.group.supervision.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cordon.model.supervision.Finding;
import org.cordon.model.supervision.Inspection;
import org.cordon.model.supervision.Rectification;
import org.cordon.model.supervision.RectificationStatus;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.records.RecordService;

/**
 * The supervision group's briefing section: inspections of the day and to date, and the findings still open on the
 * day with their rectification's status and due date; one past its due date is marked overdue.
 */
public class SupervisionSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		RecordService records = services.get(RecordService.class);
		List<Inspection> inspections = records.all(Inspection.class).stream()
				.filter(i -> i.getDate() != null && !i.getDate().isAfter(day)).toList();
		// A rectification carries its finding and that finding's inspection, so one read gives all three.
		List<Rectification> rectifications = records.all(Rectification.class).stream()
				.filter(r -> r.getFinding().getInspection().getDate() != null && !r.getFinding().getInspection().getDate().isAfter(day))
				.toList();
		List<Rectification> open = rectifications.stream()
				.filter(r -> r.getStatus() != RectificationStatus.DONE || (r.getDoneOn() != null && r.getDoneOn().isAfter(day)))
				.sorted(Comparator.comparing(Rectification::getDue, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		List<Finding> findings = records.all(Finding.class).stream()
				.filter(f -> f.getInspection().getDate() != null && !f.getInspection().getDate().isAfter(day)).toList();
		Set<String> withRectification = rectifications.stream().map(r -> r.getFinding().getCode()).collect(Collectors.toSet());
		List<Finding> withoutRectification = findings.stream().filter(f -> !withRectification.contains(f.getCode())).toList();
		long overdue = open.stream().filter(r -> overdue(r, day)).count();

		List<BriefingFigure> figures = new ArrayList<>();
		figures.add(BriefingFigure.ofDay("督查 Inspections", inspections.stream().filter(i -> i.getDate().equals(day)).count(),
				inspections.size()));
		figures.add(BriefingFigure.total("发现问题 Findings", Long.toString(findings.size())));
		figures.add(BriefingFigure.total("未整改完成 Findings open", Long.toString(open.size() + withoutRectification.size())));
		figures.add(BriefingFigure.total("逾期 Overdue", Long.toString(overdue)));
		for (Rectification rectification : open) {
			Finding finding = rectification.getFinding();
			// A rectification done after the briefing's day was still in progress on it.
			RectificationStatus status = rectification.getStatus() == RectificationStatus.DONE ? RectificationStatus.IN_PROGRESS
					: rectification.getStatus();
			figures.add(BriefingFigure.total(finding.getCode() + " " + finding.getDescription() + " · " + statusLabel(status) + " · 限期 due",
					(rectification.getDue() == null ? "—" : rectification.getDue().toString())
							+ (overdue(rectification, day) ? " 逾期 OVERDUE" : "")));
		}
		for (Finding finding : withoutRectification) {
			figures.add(BriefingFigure.total(finding.getCode() + " " + finding.getDescription() + " · 未安排整改 no rectification", "—"));
		}
		return new Content(List.of("督查与问题按督查日期统计至" + day + "；整改状态为当日所见。 Inspections and their findings dated up to "
				+ day + "; a finding is open while its rectification was not done by that day, overdue once its due date has passed."),
				figures);
	}

	private static boolean overdue(Rectification rectification, LocalDate day) {
		return rectification.getDue() != null && rectification.getDue().isBefore(day);
	}

	private static String statusLabel(RectificationStatus status) {
		return switch (status) {
		case OPEN -> "未整改 open";
		case IN_PROGRESS -> "整改中 in progress";
		case DONE -> "已整改 done";
		};
	}
}
