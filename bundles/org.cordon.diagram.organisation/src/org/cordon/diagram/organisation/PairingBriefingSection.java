package org.cordon.diagram.organisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingImage;
import org.cordon.report.BriefingList;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.organisation.OrganisationSnapshot;

/**
 * The pairing diagram (包联) in the daily briefing: its gaps as lists (communities no unit answers for, units over
 * the load threshold) and the diagram itself. The diagram is drawn at the page's width; a diagram taller than a
 * page is cut into page-high slices, so that its labels stay readable on A4 instead of shrinking the whole to one
 * page.
 */
public class PairingBriefingSection implements BriefingSectionProvider {

	/** The width of an A4 page's text in the briefing's PDF, in points. */
	static final double PAGE_WIDTH = 483;
	/** The height of one slice, in points: what is left of an A4 page under a heading and a caption. */
	static final double SLICE_HEIGHT = 640;
	/** Pixels per point of the pictures, for print. */
	static final double PIXELS_PER_POINT = 2;

	@Override
	public Content content(LocalDate day, Services services) {
		int threshold = OrganisationDiagramPreferences.unitLoadThreshold();
		DiagramSession<OrganisationSnapshot> session = new DiagramSession<>(PairingDiagram.describe(services::get, threshold),
				services.get(DiagramPositionService.class));
		session.reload();
		OrganisationSnapshot model = session.model();

		List<String> unpaired = model.unpairedCommunities().stream().map(PairingBriefingSection::communityLabel).toList();
		List<String> overloaded = model.units().stream().filter(u -> overloaded(model, u, threshold))
				.map(u -> PairingDiagram.unitName(u) + "（" + model.communitiesPairedWith(u).size() + "）").toList();
		long answering = model.units().stream().filter(u -> !model.communitiesPairedWith(u).isEmpty()).count();

		List<BriefingFigure> figures = List.of(
				BriefingFigure.total("社区 Communities", Integer.toString(model.communities().size())),
				BriefingFigure.total("已包联 Paired with a unit", Integer.toString(model.communities().size() - unpaired.size())),
				BriefingFigure.total("未包联 Not paired", Integer.toString(unpaired.size())),
				BriefingFigure.total("包联单位 Units answering for a community", Long.toString(answering)),
				BriefingFigure.total("超过" + threshold + "个社区的单位 Units over " + threshold + " communities", Integer.toString(overloaded.size())));
		List<BriefingList> lists = List.of(new BriefingList("未包联社区 Communities no unit answers for", unpaired),
				new BriefingList("负担过重单位 Overloaded units (communities)", overloaded));
		String note = "包联关系为当前状态（记录不保存变更日期）；红色为未包联社区，橙色为包联社区超过" + threshold + "个的单位。"
				+ " The pairings as they stand now (the records keep no history); red: a community no unit answers for,"
				+ " amber: a unit answering for more than " + threshold + " communities.";
		return new Content(List.of(note), figures, images(session.drawing()), lists);
	}

	private static String communityLabel(Community community) {
		String township = community.getTownship() == null ? "" : community.getTownship().getName() + " ";
		return township + community.getName() + "（" + community.getCode() + "）";
	}

	/** The drawing at the page's width (never enlarged), in slices of at most a page's height. */
	static List<BriefingImage> images(Drawing drawing) {
		double pointsPerUnit = Math.min(1.0, PAGE_WIDTH / drawing.width());
		double scale = pointsPerUnit * PIXELS_PER_POINT;
		scale = Math.min(scale, PngWriter.scaleFor(drawing, scale));
		BufferedImage whole = PngWriter.render(drawing, scale);
		int sliceHeight = (int) Math.round(SLICE_HEIGHT * PIXELS_PER_POINT);
		int slices = Math.max(1, (whole.getHeight() + sliceHeight - 1) / sliceHeight);
		List<BriefingImage> images = new ArrayList<>();
		for (int slice = 0; slice < slices; slice++) {
			int top = slice * sliceHeight;
			int height = Math.min(sliceHeight, whole.getHeight() - top);
			String caption = slices == 1 ? "包联关系图 Pairing diagram"
					: "包联关系图 Pairing diagram (" + (slice + 1) + "/" + slices + ")";
			images.add(new BriefingImage(caption, png(whole.getSubimage(0, top, whole.getWidth(), height)), whole.getWidth(), height));
		}
		return images;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("this Java has no PNG writer");
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot draw the pairing diagram: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/** Whether a unit answers for more communities than the threshold; as the diagram's rule. */
	static boolean overloaded(OrganisationSnapshot model, CountyUnit unit, int threshold) {
		return model.communitiesPairedWith(unit).size() > threshold;
	}
}
