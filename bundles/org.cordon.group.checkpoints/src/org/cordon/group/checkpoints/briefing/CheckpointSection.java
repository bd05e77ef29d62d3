package org.cordon.group.checkpoints.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.checkpoints.CheckpointCountService;
import org.cordon.services.checkpoints.CountGrid;

/** The checkpoints group's briefing section: the day's persons checked at each checkpoint that counted. */
public class CheckpointSection implements BriefingSectionProvider {

	@Override
	public Content content(LocalDate day, Services services) {
		CountGrid grid = services.get(CheckpointCountService.class).counts(day, day);
		Map<Checkpoint, long[]> byCheckpoint = new LinkedHashMap<>();
		for (Checkpoint checkpoint : grid.checkpoints()) {
			byCheckpoint.put(checkpoint, new long[2]);
		}
		for (CheckpointCount count : grid.counts()) {
			long[] sums = byCheckpoint.computeIfAbsent(count.getCheckpoint(), c -> new long[2]);
			sums[0] += count.getVehicles();
			sums[1] += count.getPersons();
		}
		List<BriefingFigure> figures = new ArrayList<>();
		byCheckpoint.forEach((checkpoint, sums) -> {
			if (sums[0] + sums[1] > 0) {
				figures.add(new BriefingFigure(checkpoint.getDisplayName() + " 车辆/人员 vehicles/persons", sums[0] + " / " + sums[1],
						""));
			}
		});
		long counted = figures.size();
		String note = counted == 0 ? "当日无卡口数据。 No checkpoint counted on " + day + "."
				: counted + "个卡口报告了当日数据。 " + counted + " checkpoints counted on " + day + ".";
		return new Content(List.of(note), figures);
	}
}
