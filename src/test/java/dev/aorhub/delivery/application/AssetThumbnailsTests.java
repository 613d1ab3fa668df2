package dev.aorhub.delivery.application;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dev.aorhub.delivery.demo.CreativeSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssetThumbnailsTests {

	@Test
	void aPngIsScaledTo320PixelsWideKeepingItsShape() throws IOException {
		byte[] banner = CreativeSamples.banner(1200, 628, Color.BLUE, Color.CYAN, "Spring", "Shop now");
		BufferedImage thumbnail = read(AssetThumbnails.of("image/png", new ByteArrayInputStream(banner)).orElseThrow());
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(167);
	}

	@Test
	void aSmallImageIsNeverScaledUp() throws IOException {
		byte[] banner = CreativeSamples.banner(200, 100, Color.RED, Color.ORANGE, "Hi", "Go");
		BufferedImage thumbnail = read(AssetThumbnails.of("image/png", new ByteArrayInputStream(banner)).orElseThrow());
		assertThat(thumbnail.getWidth()).isEqualTo(200);
	}

	@Test
	void aPdfGivesItsFirstPage() throws IOException {
		byte[] pdf = CreativeSamples.pdf("Radio script", "Open on the morning commute.", "Close on the logo.");
		BufferedImage thumbnail = read(
				AssetThumbnails.of("application/pdf", new ByteArrayInputStream(pdf)).orElseThrow());
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isGreaterThan(400); // A4 is taller than wide
		// the page's blue header band is drawn at the top
		Color top = new Color(thumbnail.getRGB(160, 5));
		assertThat(top.getBlue()).isGreaterThan(top.getRed());
	}

	@Test
	void otherKindsAndUnreadableFilesHaveNone() {
		assertThat(AssetThumbnails.of("video/mp4", new ByteArrayInputStream(new byte[10]))).isEmpty();
		assertThat(AssetThumbnails.of("image/png", new ByteArrayInputStream("not a png".getBytes()))).isEmpty();
		assertThat(AssetThumbnails.of("application/pdf", new ByteArrayInputStream("%PDF-broken".getBytes()))).isEmpty();
	}

	private static BufferedImage read(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

}
