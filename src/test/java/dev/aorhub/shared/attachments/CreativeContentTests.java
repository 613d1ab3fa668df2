package dev.aorhub.shared.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The creative types an upload may claim are what their bytes show: the first bytes of a
 * real file of each kind (its magic numbers) are recognised as that kind, and a PNG
 * claimed as any of them is not.
 */
class CreativeContentTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "film.mp4, video/mp4, 00000018667479706D703432000000006D70343269736F6D",
			"film.webm, video/webm, 1A45DFA3A34286810142F7810142F2810442F381084282847765626D",
			"film.mov, video/quicktime, 0000001466747970717420200000000071742020",
			"jingle.mp3, audio/mpeg, 4944330300000000000F", "jingle.wav, audio/wav, 52494646240000005741564566",
			"jingle.ogg, audio/ogg, 4F67675300020000000000000000",
			"jingle.m4a, audio/mp4, 00000020667479704D344120000000004D34412069736F6D",
			"banner.gif, image/gif, 47494638396101000100800000",
			"banner.webp, image/webp, 524946461A000000574542505650384C",
			"banner.zip, application/zip, 504B0304140000000800" })
	void aCreativeFileIsTheKindItsBytesShow(String name, String type, String magic) throws IOException {
		String detected = ContentSniffer.detect(new ByteArrayInputStream(bytes(magic)), name);
		assertThat(ContentSniffer.matches(type, detected)).as(name + " detected as " + detected).isTrue();
		String png = ContentSniffer.detect(new ByteArrayInputStream(bytes("89504E470D0A1A0A0000000D49484452")), name);
		assertThat(ContentSniffer.matches(type, png)).as("a PNG claimed as " + type).isFalse();
	}

	@ParameterizedTest(name = "a page claimed as {0}")
	@CsvSource({ "video/mp4", "audio/mpeg", "image/gif", "application/zip" })
	void anHtmlPageIsNoneOfThem(String type) throws IOException {
		byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		String detected = ContentSniffer.detect(new ByteArrayInputStream(page), "file");
		assertThat(ContentSniffer.matches(type, detected)).isFalse();
	}

	private static byte[] bytes(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

}
