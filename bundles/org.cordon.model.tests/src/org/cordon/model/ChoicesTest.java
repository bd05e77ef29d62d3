package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cordon.model.checkpoints.CheckpointKind;
import org.cordon.model.materials.DonorKind;
import org.cordon.model.office.DocumentKind;
import org.cordon.model.office.MeetingKind;
import org.cordon.model.organisation.PositionRole;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.model.publicity.PublicityKind;
import org.cordon.model.schools.SchoolStage;
import org.cordon.model.screening.FeverCaseStatus;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.model.screening.QuarantineKind;
import org.cordon.model.supervision.FindingSeverity;
import org.cordon.model.supervision.RectificationStatus;
import org.junit.jupiter.api.Test;

/** Each choice of the model is the CSV formats' list of words, in the order docs/csv-formats.md gives. */
class ChoicesTest {

	private static final Map<Class<? extends Enum<?>>, List<String>> CSV_WORDS = Map.ofEntries(
			Map.entry(TownshipKind.class, List.of("town", "township")),
			Map.entry(WorkingGroupKind.class, List.of("office", "group")),
			Map.entry(PositionRole.class, List.of("joint_leader", "executive_deputy_leader", "deputy_leader", "member",
					"group_head", "deputy_group_head", "staff")),
			Map.entry(CheckpointKind.class, List.of("health_station", "expressway_exit", "railway_station", "bus_station",
					"toll_station", "provincial_road", "county_road", "village", "community", "compound")),
			Map.entry(KeyPersonCategory.class, List.of("student", "migrant_worker", "close_contact", "other")),
			Map.entry(QuarantineKind.class, List.of("centralised", "home")),
			Map.entry(FeverCaseStatus.class, List.of("open", "followed_up", "closed")),
			Map.entry(FollowUpRole.class, List.of("education_cadre", "township_cadre", "village_doctor", "village_cadre",
					"police_officer")),
			Map.entry(DonorKind.class, List.of("company", "individual", "organisation")),
			Map.entry(PublicityKind.class, List.of("handbook", "family_guide", "open_letter", "usb_drive", "vehicle", "other")),
			Map.entry(SchoolStage.class, List.of("primary", "junior", "senior", "nine_year", "complete", "vocational")),
			Map.entry(MeetingKind.class, List.of("leading_group", "push", "video")),
			Map.entry(DocumentKind.class, List.of("document", "notice")),
			Map.entry(FindingSeverity.class, List.of("minor", "major")),
			Map.entry(RectificationStatus.class, List.of("open", "in_progress", "done")));

	@Test
	void choicesAreTheCsvWordsInUpperSnakeCaseAndInTheirOrder() {
		CSV_WORDS.forEach((type, words) -> assertEquals(words, Arrays.stream(type.getEnumConstants())
				.map(choice -> choice.name().toLowerCase(Locale.ROOT)).toList(), type.getName()));
	}

	@Test
	void followUpRolesWriteTheirCsvWord() {
		for (FollowUpRole role : FollowUpRole.values()) {
			assertEquals(role, FollowUpRole.valueOf(role.csvWord().toUpperCase(Locale.ROOT)));
		}
		assertEquals("village_doctor", FollowUpRole.VILLAGE_DOCTOR.csvWord());
	}
}
