package dev.aorhub.delivery.application;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG previews of versions for lists and the compare page: an image scaled to
 * {@value #WIDTH} pixels wide (never up), the first page of a PDF rendered; nothing for
 * other kinds, which show an icon. A file that cannot be read gives no thumbnail rather
 * than a failed upload: the version itself is kept.
 */
public final class AssetThumbnails {

	/** The width of every thumbnail, in pixels. */
	public static final int WIDTH = 320;

	/** An image larger than this many pixels is not decoded for a thumbnail (memory). */
	static final long MAX_PIXELS = 40_000_000L;

	private AssetThumbnails() {
	}

	/** Whether a version of this content type gets a thumbnail. */
	public static boolean supports(String contentType) {
		return switch (contentType) {
			case "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf" -> true;
			default -> false;
		};
	}

	/** The PNG thumbnail of the content, if its type has one and it could be read. */
	public static Optional<byte[]> of(String contentType, InputStream content) {
		if (!supports(contentType)) {
			return Optional.empty();
		}
		try {
			BufferedImage source = "application/pdf".equals(contentType) ? firstPage(content) : image(content);
			return (source != null) ? Optional.of(png(scale(source))) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static BufferedImage image(InputStream content) throws IOException {
		try (var input = ImageIO.createImageInputStream(content)) {
			if (input == null) {
				return null;
			}
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null; // WebP without a reader: an icon
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage firstPage(InputStream content) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
			if (document.getNumberOfPages() == 0) {
				return null;
			}
			float width = document.getPage(0).getMediaBox().getWidth();
			float scale = (width > 0) ? Math.min(2f, WIDTH / width) : 1f;
			return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
		}
	}

	private static BufferedImage scale(BufferedImage source) {
		int width = Math.min(WIDTH, source.getWidth());
		int height = Math.max(1, Math.round(source.getHeight() * (width / (float) source.getWidth())));
		boolean alpha = source.getColorModel().hasAlpha();
		BufferedImage scaled = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
