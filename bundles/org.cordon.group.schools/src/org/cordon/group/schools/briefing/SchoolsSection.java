package org.cordon.group.schools.briefing;

import java.time.LocalDate;
import java.util.List;

import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.schools.SchoolFigures;
import org.cordon.services.schools.SchoolService;

/** The schools group's briefing section: reopening preparation and online teaching. */
public class SchoolsSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		SchoolFigures schools = services.get(SchoolService.class).figures();
		BriefingFigure litres = BriefingFigure.total("消毒液（升） Disinfectant (litres)",
				schools.disinfectantLitres().stripTrailingZeros().toPlainString());
		return new Content(List.of("学校数据为台账现状。 School figures are the register as it stands, not as of " + day + "."),
				List.of(BriefingFigure.total("学校 Schools", Long.toString(schools.schools())),
						BriefingFigure.total("有开学预案 With a reopening plan", Long.toString(schools.withReopeningPlan())),
						BriefingFigure.total("已配发消毒液 Supplied with disinfectant", Long.toString(schools.withDisinfectant())), litres,
						BriefingFigure.total("网上教学学校 Schools teaching online", Long.toString(schools.onlineSchools())),
						BriefingFigure.total("网上教学班级 Classes online", Long.toString(schools.onlineClasses())),
						BriefingFigure.total("网上教学教师 Teachers online", Long.toString(schools.onlineTeachers()))));
	}
}
