package org.cordon.group.office.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.model.office.Meeting;
import org.cordon.model.office.MeetingKind;
import org.cordon.model.office.OfficeDocument;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.records.RecordService;

/** The office's briefing section: the meetings and documents of the day, the counts to date, and the day's titles. */
public class OfficeSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		RecordService records = services.get(RecordService.class);
		List<Meeting> meetings = records.all(Meeting.class).stream().filter(m -> m.getDate() != null && !m.getDate().isAfter(day)).toList();
		List<OfficeDocument> documents = records.all(OfficeDocument.class).stream()
				.filter(d -> d.getDate() != null && !d.getDate().isAfter(day)).toList();
		List<Meeting> meetingsOfTheDay = meetings.stream().filter(m -> m.getDate().equals(day)).toList();
		List<OfficeDocument> documentsOfTheDay = documents.stream().filter(d -> d.getDate().equals(day)).toList();

		List<BriefingFigure> figures = new ArrayList<>();
		figures.add(BriefingFigure.ofDay("会议 Meetings", meetingsOfTheDay.size(), meetings.size()));
		for (MeetingKind kind : MeetingKind.values()) {
			figures.add(BriefingFigure.ofDay("会议 Meetings: " + kindLabel(kind), meetingsOfTheDay.stream().filter(m -> m.getKind() == kind).count(),
					meetings.stream().filter(m -> m.getKind() == kind).count()));
		}
		figures.add(BriefingFigure.ofDay("文件通知 Documents and notices", documentsOfTheDay.size(), documents.size()));

		List<String> notes = new ArrayList<>();
		notes.add("会议与文件按日期统计至" + day + "。 Meetings and documents dated up to and including " + day + ".");
		for (Meeting meeting : meetingsOfTheDay) {
			notes.add("当日会议 Meeting of the day: " + meeting.getTitle());
		}
		for (OfficeDocument document : documentsOfTheDay) {
			notes.add("当日文件 Document of the day: " + (document.getNumber() == null || document.getNumber().isBlank() ? ""
					: document.getNumber() + " ") + document.getTitle());
		}
		return new Content(notes, figures);
	}

	private static String kindLabel(MeetingKind kind) {
		return switch (kind) {
		case LEADING_GROUP -> "领导小组会议 leading group";
		case PUSH -> "推进会 push meetings";
		case VIDEO -> "视频会议 video";
		};
	}
}
