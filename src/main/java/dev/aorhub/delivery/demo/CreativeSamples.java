package dev.aorhub.delivery.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small but real creative files for the demo workspace (and tests): banners drawn with
 * Java2D as PNG, and a PDF of a few pages, so previews, thumbnails and pins show what
 * they would with an agency's own work.
 */
public final class CreativeSamples {

	private CreativeSamples() {
	}

	/** A banner: a gradient in two colours, a headline and a call-to-action button. */
	public static byte[] banner(int width, int height, Color from, Color to, String headline, String action) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, from, width, height, to));
			g.fillRect(0, 0, width, height);
			g.setColor(new Color(255, 255, 255, 40));
			g.fillOval(width - height, -height / 3, height * 2 / 1, height * 2 / 1);
			g.setColor(Color.WHITE);
			int size = Math.max(14, height / 7);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			while (size > 10 && g.getFontMetrics().stringWidth(headline) > width * 7 / 8) {
				size--;
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			}
			g.drawString(headline, width / 16, height / 2 - size / 4);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, size / 2)));
			int buttonWidth = Math.max(80, g.getFontMetrics().stringWidth(action) + size);
			int buttonHeight = size;
			int top = height / 2 + size / 2;
			g.fillRoundRect(width / 16, top, buttonWidth, buttonHeight, buttonHeight / 2, buttonHeight / 2);
			g.setColor(to.darker());
			g.drawString(action, width / 16 + size / 2, top + buttonHeight * 2 / 3);
		}
		finally {
			g.dispose();
		}
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF with one page of text per line given (a script, a brochure's pages). */
	public static byte[] pdf(String title, String... pages) {
		try (PDDocument document = new PDDocument()) {
			var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 0; i < pages.length; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					content.setNonStrokingColor(new Color(32, 76, 140));
					content.addRect(0, PDRectangle.A4.getHeight() - 90, PDRectangle.A4.getWidth(), 90);
					content.fill();
					content.beginText();
					content.setNonStrokingColor(Color.WHITE);
					content.setFont(bold, 22);
					content.newLineAtOffset(48, PDRectangle.A4.getHeight() - 56);
					content.showText(title);
					content.endText();
					content.beginText();
					content.setNonStrokingColor(Color.DARK_GRAY);
					content.setFont(regular, 13);
					content.newLineAtOffset(48, PDRectangle.A4.getHeight() - 140);
					content.showText(pages[i]);
					content.newLineAtOffset(0, -24);
					content.showText("Page " + (i + 1) + " of " + pages.length);
					content.endText();
				}
			}
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
