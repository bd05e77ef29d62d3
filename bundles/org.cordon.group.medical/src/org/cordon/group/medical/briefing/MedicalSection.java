package org.cordon.group.medical.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cordon.model.medical.FeverClinic;
import org.cordon.model.medical.MedicalTeam;
import org.cordon.model.medical.MedicalTeamMember;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.records.RecordService;

/** The medical group's briefing section: the fever clinics (open 24 hours) and the medical teams sent out. */
public class MedicalSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		RecordService records = services.get(RecordService.class);
		List<FeverClinic> clinics = records.all(FeverClinic.class);
		List<MedicalTeam> teams = records.all(MedicalTeam.class).stream()
				.filter(t -> t.getDeparted() != null && !t.getDeparted().isAfter(day)).toList();
		// Each read detaches its own copies, so a member's team is matched by code.
		Set<String> sent = teams.stream().map(MedicalTeam::getCode).collect(Collectors.toSet());
		List<MedicalTeamMember> members = records.all(MedicalTeamMember.class).stream()
				.filter(m -> sent.contains(m.getTeam().getCode())).toList();

		List<BriefingFigure> figures = new ArrayList<>();
		figures.add(BriefingFigure.total("发热门诊 Fever clinics", Long.toString(clinics.size())));
		figures.add(BriefingFigure.total("24小时开诊 Open 24 hours", Long.toString(clinics.stream().filter(FeverClinic::isOpen24h).count())));
		figures.add(BriefingFigure.ofDay("派出医疗队 Medical teams sent", teams.stream().filter(t -> t.getDeparted().equals(day)).count(),
				teams.size()));
		figures.add(BriefingFigure.ofDay("医疗队队员 Members of the teams sent",
				members.stream().filter(m -> m.getTeam().getDeparted().equals(day)).count(), members.size()));

		List<String> notes = new ArrayList<>();
		notes.add("发热门诊为台账总数；医疗队按出发日期统计至" + day + "。 Fever clinics are the ledger's total; medical teams by"
				+ " departure up to " + day + ".");
		for (MedicalTeam team : teams) {
			notes.add("医疗队 Medical team: " + team.getName() + " → " + team.getDestination() + " (" + team.getDeparted() + ")");
		}
		return new Content(notes, figures);
	}
}
