package org.cordon.services.summary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cordon.model.publicity.PublicityKind;
import org.cordon.services.checkpoints.CheckpointService;
import org.cordon.services.checkpoints.CheckpointTotals;
import org.cordon.services.funds.FundsFigures;
import org.cordon.services.funds.FundsService;
import org.cordon.services.materials.DonationFigures;
import org.cordon.services.materials.DonationService;
import org.cordon.services.office.OfficeFigures;
import org.cordon.services.office.OfficeService;
import org.cordon.services.organisation.OrganisationService;
import org.cordon.services.organisation.OrganisationSummary;
import org.cordon.services.publicity.PublicityService;
import org.cordon.services.schools.SchoolFigures;
import org.cordon.services.schools.SchoolService;
import org.cordon.services.volunteers.VolunteerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CountySummaryService.class)
public class CountySummaryServiceImpl implements CountySummaryService {

	/** The donations ledger's goods, as the Red Cross counted them: key, item, unit. */
	private static final String[][] LEDGER_GOODS = { { "masks_donated", "口罩", "只" }, { "alcohol_disinfectant_boxes", "酒精消毒液", "箱" },
			{ "medical_alcohol_barrels", "医用酒精", "桶" }, { "disinfectant_84_barrels", "84消毒液", "桶" },
			{ "hypochlorous_boxes", "次氯酸伤口护理液", "箱" }, { "milk_boxes", "牛奶", "箱" }, { "protective_suits", "防护服", "套" } };

	private final OrganisationService organisation;
	private final SchoolService schools;
	private final CheckpointService checkpoints;
	private final FundsService funds;
	private final DonationService donations;
	private final VolunteerService volunteers;
	private final PublicityService publicity;
	private final OfficeService office;

	@Activate
	public CountySummaryServiceImpl(@Reference OrganisationService organisation, @Reference SchoolService schools,
			@Reference CheckpointService checkpoints, @Reference FundsService funds, @Reference DonationService donations,
			@Reference VolunteerService volunteers, @Reference PublicityService publicity, @Reference OfficeService office) {
		this.organisation = organisation;
		this.schools = schools;
		this.checkpoints = checkpoints;
		this.funds = funds;
		this.donations = donations;
		this.volunteers = volunteers;
		this.publicity = publicity;
		this.office = office;
	}

	@Override
	public Map<String, String> figures() {
		Map<String, String> figures = new LinkedHashMap<>();
		OrganisationSummary org = organisation.summary();
		put(figures, "townships", org.townships());
		put(figures, "communities", org.communities());
		put(figures, "units", org.units());
		put(figures, "unpaired_communities", org.unpairedCommunities());
		SchoolFigures school = schools.figures();
		put(figures, "schools", school.schools());
		put(figures, "schools_with_disinfectant", school.withDisinfectant());
		figures.put("disinfectant_litres", plain(school.disinfectantLitres()));
		put(figures, "online_schools", school.onlineSchools());
		put(figures, "online_classes", school.onlineClasses());
		put(figures, "online_teachers", school.onlineTeachers());
		CheckpointTotals checked = checkpoints.totals();
		put(figures, "vehicles_checked", checked.vehicles());
		put(figures, "persons_checked", checked.persons());
		put(figures, "fever_found", checked.fever());
		FundsFigures money = funds.figures();
		figures.put("funds_yuan", money.allocatedYuan().toPlainString());
		DonationFigures gifts = donations.figures();
		put(figures, "donors_companies", gifts.companies());
		put(figures, "donors_individuals", gifts.individuals());
		figures.put("donations_cash_yuan", gifts.cashYuan().toPlainString());
		put(figures, "masks_donated", gifts.goods(LEDGER_GOODS[0][1], LEDGER_GOODS[0][2]));
		put(figures, "volunteers", volunteers.volunteers());
		Map<PublicityKind, Long> distributed = publicity.distributed();
		put(figures, "handbooks", distributed.get(PublicityKind.HANDBOOK));
		put(figures, "family_guides", distributed.get(PublicityKind.FAMILY_GUIDE));
		put(figures, "open_letters", distributed.get(PublicityKind.OPEN_LETTER));
		put(figures, "usb_drives", distributed.get(PublicityKind.USB_DRIVE));
		put(figures, "publicity_vehicles", distributed.get(PublicityKind.VEHICLE));
		for (int i = 1; i < LEDGER_GOODS.length; i++) {
			put(figures, LEDGER_GOODS[i][0], gifts.goods(LEDGER_GOODS[i][1], LEDGER_GOODS[i][2]));
		}
		put(figures, "donors_organisations", gifts.organisations());
		figures.put("funds_spent_yuan", money.spentYuan().toPlainString());
		OfficeFigures meetings = office.figures();
		put(figures, "meetings", meetings.meetings());
		put(figures, "leading_group_meetings", meetings.leadingGroupMeetings());
		put(figures, "video_meetings", meetings.videoMeetings());
		put(figures, "documents", meetings.documents());
		put(figures, "pairings", org.pairings());
		put(figures, "leading_groups", org.leadingGroups());
		put(figures, "working_groups", org.workingGroups());
		put(figures, "positions", org.positions());
		put(figures, "persons", org.persons());
		return figures;
	}

	private static void put(Map<String, String> figures, String key, long value) {
		figures.put(key, Long.toString(value));
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
