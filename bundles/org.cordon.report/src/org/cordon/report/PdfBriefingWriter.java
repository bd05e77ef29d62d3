package org.cordon.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Writes a briefing as an A4 PDF with OpenPDF; the CJK font (see {@link BriefingFont}) is embedded as a subset. */
public final class PdfBriefingWriter {

	private static final Color RED = new Color(0xBB, 0, 0);

	private final Font title;
	private final Font heading;
	private final Font body;
	private final Font bold;

	private PdfBriefingWriter(BaseFont font) {
		title = new Font(font, 18, Font.NORMAL, RED);
		heading = new Font(font, 13, Font.NORMAL, RED);
		body = new Font(font, 10.5f);
		bold = new Font(font, 10.5f, Font.NORMAL, RED);
	}

	/** Writes with the font {@link BriefingFont#locate()} finds. */
	public static void write(Briefing briefing, OutputStream out) {
		write(briefing, out, BriefingFont.locate());
	}

	public static void write(Briefing briefing, OutputStream out, Path fontFile) {
		String name = fontFile.toString();
		// A TrueType collection holds several faces; OpenPDF takes the face's index after the file name.
		String face = name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
		BaseFont font;
		try {
			font = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		} catch (DocumentException | IOException e) {
			throw new IllegalStateException("the font " + fontFile + " cannot be embedded: " + e.getMessage(), e);
		}
		new PdfBriefingWriter(font).document(briefing, out);
	}

	private void document(Briefing briefing, OutputStream out) {
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		try {
			// Keep pictures where they are in the text: by default OpenPDF lets text overtake a picture that waits for the next page.
			PdfWriter.getInstance(document, out).setStrictImageSequence(true);
			document.addTitle(briefing.title() + " " + briefing.day());
			document.addCreator("Cordon");
			document.open();
			Paragraph heading1 = new Paragraph(briefing.title(), title);
			heading1.setAlignment(Element.ALIGN_CENTER);
			document.add(heading1);
			Paragraph date = new Paragraph(briefing.day().toString(), body);
			date.setAlignment(Element.ALIGN_CENTER);
			date.setSpacingAfter(12);
			document.add(date);
			Paragraph summary = new Paragraph(briefing.summary(), briefing.hasData() ? body : bold);
			summary.setLeading(16);
			document.add(summary);
			section(document, "卡口检查 Checkpoint totals");
			figures(document, briefing.headline());
			section(document, "零报告台账 Zero-report ledger");
			ledger(document, briefing.ledger());
			if (!briefing.charts().isEmpty()) {
				section(document, "图表 Charts");
				images(document, briefing.charts(), false);
			}
			for (BriefingSection part : briefing.sections()) {
				section(document, part.title());
				for (String note : part.notes()) {
					Paragraph paragraph = new Paragraph(note, body);
					paragraph.setSpacingAfter(6);
					document.add(paragraph);
				}
				figures(document, part.figures());
				for (BriefingList list : part.lists()) {
					Paragraph title = new Paragraph(list.title() + " (" + list.items().size() + ")", bold);
					title.setSpacingBefore(6);
					document.add(title);
					Paragraph items = new Paragraph(list.items().isEmpty() ? "—" : String.join("、", list.items()), body);
					items.setLeading(15);
					document.add(items);
				}
				images(document, part.images(), true);
			}
			document.close();
		} catch (DocumentException e) {
			throw new IllegalStateException("cannot lay out the briefing: " + e.getMessage(), e);
		} catch (UncheckedIOException e) {
			throw e;
		} catch (RuntimeException e) {
			// OpenPDF wraps a failing output stream in its ExceptionConverter
			if (e.getCause() instanceof IOException io) {
				throw new UncheckedIOException("cannot write the briefing: " + io.getMessage(), io);
			}
			throw e;
		}
	}

	/**
	 * Each picture at the text's width (charts carry their title, so only the other pictures get a caption), or smaller so that it fits on a page with its caption; a picture that
	 * does not fit in what is left of a page starts the next one.
	 */
	private void images(Document document, List<BriefingImage> images, boolean captions) throws DocumentException {
		float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
		float height = document.getPageSize().getHeight() - document.topMargin() - document.bottomMargin() - 40;
		for (BriefingImage picture : images) {
			Image image;
			try {
				image = Image.getInstance(picture.png());
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the picture " + picture.caption() + ": " + e.getMessage(), e);
			}
			image.scaleToFit(width, height);
			image.setAlignment(Element.ALIGN_CENTER);
			image.setAlt(picture.caption());
			image.setSpacingBefore(6);
			document.add(image);
			if (!captions) {
				document.add(new Paragraph(" ", body));
				continue;
			}
			Paragraph caption = new Paragraph(picture.caption(), caption());
			caption.setAlignment(Element.ALIGN_CENTER);
			caption.setSpacingAfter(10);
			document.add(caption);
		}
	}

	private Font caption() {
		return new Font(body.getBaseFont(), 9, Font.NORMAL, Color.DARK_GRAY);
	}

	private void section(Document document, String text) throws DocumentException {
		Paragraph paragraph = new Paragraph(text, heading);
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private void figures(Document document, List<BriefingFigure> figures) throws DocumentException {
		if (figures.isEmpty()) {
			return;
		}
		PdfPTable table = new PdfPTable(new float[] { 5, 2, 2 });
		table.setWidthPercentage(100);
		table.addCell(cell("", Element.ALIGN_LEFT));
		table.addCell(cell("当日 Day", Element.ALIGN_RIGHT));
		table.addCell(cell("累计 To date", Element.ALIGN_RIGHT));
		for (BriefingFigure figure : figures) {
			table.addCell(cell(figure.label(), Element.ALIGN_LEFT));
			table.addCell(cell(figure.day() == null ? "" : figure.day(), Element.ALIGN_RIGHT));
			table.addCell(cell(figure.cumulative(), Element.ALIGN_RIGHT));
		}
		document.add(table);
	}

	private void ledger(Document document, ZeroReportLedger ledger) throws DocumentException {
		PdfPTable table = new PdfPTable(new float[] { 3, 7 });
		table.setWidthPercentage(100);
		ledgerRow(table, "报告有情况 Reported findings", ledger.reported());
		ledgerRow(table, "零报告 Reported zero", ledger.zero());
		ledgerRow(table, "未报告 Missing", ledger.missing());
		document.add(table);
	}

	private void ledgerRow(PdfPTable table, String label, List<String> townships) {
		table.addCell(cell(label + " (" + townships.size() + ")", Element.ALIGN_LEFT));
		table.addCell(cell(townships.isEmpty() ? "—" : String.join("、", townships), Element.ALIGN_LEFT));
	}

	private PdfPCell cell(String text, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, body));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(4);
		return cell;
	}
}
