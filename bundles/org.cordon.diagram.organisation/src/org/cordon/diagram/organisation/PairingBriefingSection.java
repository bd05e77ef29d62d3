package org.cordon.diagram.organisation;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cordon.diagram.description.Rgb;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.Township;
import org.cordon.report.BriefingFigure;
import org.cordon.report.BriefingImage;
import org.cordon.report.BriefingList;
import org.cordon.report.BriefingSectionProvider;
import org.cordon.report.charts.BriefingChartImages;
import org.cordon.report.charts.CategoryChartData;
import org.cordon.report.charts.ChartSeries;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.organisation.OrganisationSnapshot;

/**
 * The pairing diagram (包联) in the daily briefing: its gaps as lists (communities no unit answers for, units over
 * the load threshold), a chart of each township's paired and unpaired communities, and the diagram itself when it
 * fits on {@value #MAX_PAGES} A4 pages at a readable size. The diagram is drawn at the page's width and cut into
 * page-high slices; shrinking a county's diagram onto one page would leave its labels unreadable, so a larger one
 * is left to the diagram editor and {@code bin/cordon diagram pairing}, and the section says so.
 */
public class PairingBriefingSection implements BriefingSectionProvider {

	/** The width of an A4 page's text in the briefing's PDF, in points. */
	static final double PAGE_WIDTH = 483;
	/** The height of one slice, in points: what is left of an A4 page under a heading and a caption. */
	static final double SLICE_HEIGHT = 640;
	/** Pixels per point of the pictures, for print. */
	static final double PIXELS_PER_POINT = 2;
	/** The most pages the diagram may take in the briefing. */
	static final int MAX_PAGES = 2;

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
		List<String> notes = new ArrayList<>();
		notes.add("包联关系为当前状态（记录不保存变更日期）。 The pairings as they stand now (the records keep no history).");
		List<BriefingImage> images = new ArrayList<>();
		images.add(coverage(model));
		Drawing drawing = session.drawing();
		int pages = pages(drawing);
		if (pages <= MAX_PAGES) {
			notes.add("包联关系图中红色为未包联社区，橙色为包联社区超过" + threshold + "个的单位。 In the diagram, red: a community no unit"
					+ " answers for; amber: a unit answering for more than " + threshold + " communities.");
			images.addAll(images(drawing));
		} else {
			notes.add("包联关系图在A4纸上需" + pages + "页，未附于日报；请在工作台“图”菜单中打开，或用 bin/cordon diagram pairing 导出。"
					+ " The pairing diagram would take " + pages + " A4 pages and is not printed here: open it from the workbench's"
					+ " Diagrams menu, or export it with bin/cordon diagram pairing.");
		}
		return new Content(notes, figures, images, lists);
	}

	/** Each township's communities, paired and not, as stacked bars. */
	static BriefingImage coverage(OrganisationSnapshot model) {
		List<Township> townships = model.townships().stream().filter(t -> !model.communitiesOf(t).isEmpty()).toList();
		List<String> names = townships.stream().map(Township::getName).toList();
		List<Long> paired = townships.stream().map(t -> model.communitiesOf(t).stream().filter(c -> model.pairingOf(c).isPresent()).count()).toList();
		List<Long> unpaired = townships.stream().map(t -> model.communitiesOf(t).stream().filter(c -> model.pairingOf(c).isEmpty()).count()).toList();
		CategoryChartData data = new CategoryChartData("各乡镇社区包联情况 Communities paired per township", "社区 Communities", names,
				List.of(new ChartSeries("已包联 Paired", paired), new ChartSeries("未包联 Not paired", unpaired)));
		Color[] colours = { colour(PairingDiagram.PAIRED_BORDER), colour(PairingDiagram.UNPAIRED_BORDER) };
		int height = Math.max(160, 60 + 16 * names.size());
		return BriefingChartImages.stackedBarsImage(data, colours, height);
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}

	private static double pointsPerUnit(Drawing drawing) {
		return Math.min(1.0, PAGE_WIDTH / drawing.width());
	}

	/** How many page-high slices the drawing takes at the page's width. */
	static int pages(Drawing drawing) {
		return Math.max(1, (int) Math.ceil(drawing.height() * pointsPerUnit(drawing) / SLICE_HEIGHT - 1e-9));
	}

	private static String communityLabel(Community community) {
		String township = community.getTownship() == null ? "" : community.getTownship().getName() + " ";
		return township + community.getName() + "（" + community.getCode() + "）";
	}

	/** The drawing at the page's width (never enlarged), in slices of at most a page's height. */
	static List<BriefingImage> images(Drawing drawing) {
		double scale = pointsPerUnit(drawing) * PIXELS_PER_POINT;
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
