package org.cordon.group.screening.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.model.screening.FeverCase;
import org.cordon.model.screening.FeverCaseStatus;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.model.screening.Quarantine;
import org.cordon.model.screening.QuarantineKind;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.records.RecordService;
import org.cordon.services.screening.FollowedPerson;
import org.cordon.services.screening.TemperatureDay;
import org.cordon.services.screening.TemperatureService;

/**
 * The screening group's briefing section: key persons found, quarantines by kind, the five-to-one teams' (五包一)
 * confirmations of the day and the fever follow-up cases, all as of the briefing's day.
 */
public class ScreeningSection implements BriefingSectionProvider {

	private static final int ROLES = FollowUpRole.values().length;

	@Override
	public Content content(LocalDate day, Services services) {
		RecordService records = services.get(RecordService.class);
		List<BriefingFigure> figures = new ArrayList<>();

		List<KeyPerson> found = records.all(KeyPerson.class).stream()
				.filter(p -> p.getArrived() != null && !p.getArrived().isAfter(day)).toList();
		figures.add(BriefingFigure.ofDay("重点人员 Key persons found", found.stream().filter(p -> p.getArrived().equals(day)).count(),
				found.size()));
		for (KeyPersonCategory category : KeyPersonCategory.values()) {
			figures.add(BriefingFigure.ofDay("重点人员 Key persons: " + categoryLabel(category),
					found.stream().filter(p -> p.getArrived().equals(day) && p.getCategory() == category).count(),
					found.stream().filter(p -> p.getCategory() == category).count()));
		}

		List<Quarantine> started = records.all(Quarantine.class).stream()
				.filter(q -> q.getStart() != null && !q.getStart().isAfter(day)).toList();
		for (QuarantineKind kind : QuarantineKind.values()) {
			List<Quarantine> ofKind = started.stream().filter(q -> q.getKind() == kind).toList();
			long inForce = ofKind.stream().filter(q -> q.getEnd() == null || !q.getEnd().isBefore(day)).count();
			// The day's column holds those in quarantine on the day, the cumulative one all started to date.
			figures.add(new BriefingFigure(quarantineLabel(kind) + "（当日在隔离／累计） (in force / started)", Long.toString(inForce),
					Long.toString(ofKind.size())));
		}

		TemperatureDay temperatures = services.get(TemperatureService.class).day(day);
		figures.add(BriefingFigure.total("五包一 全部确认 Persons with all five confirmations", Long.toString(temperatures.complete())));
		figures.add(BriefingFigure.total("五包一 未全部确认 Persons with confirmations missing", Long.toString(temperatures.incomplete())));
		figures.add(BriefingFigure.total("五包一 缺少确认 Missing confirmations", Integer.toString(temperatures.missingConfirmations())));
		figures.add(BriefingFigure.total("无五包一 In quarantine without a team", Integer.toString(temperatures.unfollowed())));
		for (FollowedPerson person : temperatures.persons()) {
			figures.add(BriefingFigure.total("五包一 Team of " + person.code() + " " + person.name(),
					(ROLES - person.missingConfirmations()) + "/" + ROLES));
		}

		List<FeverCase> cases = records.all(FeverCase.class).stream()
				.filter(c -> c.getDate() != null && !c.getDate().isAfter(day)).toList();
		for (FeverCaseStatus status : FeverCaseStatus.values()) {
			figures.add(BriefingFigure.ofDay("发热人员跟进 Fever cases: " + statusLabel(status),
					cases.stream().filter(c -> c.getDate().equals(day) && c.getStatus() == status).count(),
					cases.stream().filter(c -> c.getStatus() == status).count()));
		}
		// A case's status is its current one; the records do not keep the day it changed.
		return new Content(List.of("重点人员按到达日期、隔离按起始日期统计至" + day + "；五包一为当日体温确认（每人五项）；发热跟进按当前状态。"
				+ " Key persons by arrival and quarantines by start up to " + day + "; the five-to-one teams' temperature confirmations"
				+ " of the day (five per person); fever cases by their current status."), figures);
	}

	private static String categoryLabel(KeyPersonCategory category) {
		return switch (category) {
		case STUDENT -> "返乡学生 students";
		case MIGRANT_WORKER -> "返乡务工人员 migrant workers";
		case CLOSE_CONTACT -> "密切接触者 close contacts";
		case OTHER -> "其他 others";
		};
	}

	private static String quarantineLabel(QuarantineKind kind) {
		return switch (kind) {
		case CENTRALISED -> "集中隔离 Centralised quarantine";
		case HOME -> "居家隔离 Home quarantine";
		};
	}

	private static String statusLabel(FeverCaseStatus status) {
		return switch (status) {
		case OPEN -> "待跟进 open";
		case FOLLOWED_UP -> "已跟进 followed up";
		case CLOSED -> "已结案 closed";
		};
	}
}
