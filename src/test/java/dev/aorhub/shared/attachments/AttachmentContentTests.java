package dev.aorhub.shared.attachments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.storage.StorageProperties;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An upload is stored only when its bytes are the type its sender claims.
 */
class AttachmentContentTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private final Attachments attachments = new Attachments(new AttachmentsTests.InMemoryStorage(),
			new StorageProperties(Path.of("unused"), DataSize.ofMegabytes(1),
					List.of("application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv", XLSX)),
			Clock.fixed(Instant.parse("2026-05-04T09:30:00Z"), ZoneOffset.UTC));

	@Test
	void filesWhoseBytesAreWhatTheyClaimAreStored() throws Exception {
		assertThat(store("brief.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
			.contentType()).isEqualTo("application/pdf");
		assertThat(store("logo.png", "image/png", PNG).contentType()).isEqualTo("image/png");
		assertThat(
				store("notes.txt", "text/plain", "Call Ada on Monday.".getBytes(StandardCharsets.UTF_8)).contentType())
			.isEqualTo("text/plain");
		assertThat(store("fees.csv", "text/csv", "month,fee\n2026-01,12000\n".getBytes(StandardCharsets.UTF_8))
			.contentType()).isEqualTo("text/csv");
		assertThat(store("plan.xlsx", XLSX, workbook()).contentType()).isEqualTo(XLSX);
	}

	@Test
	void anImageClaimedAsAPdfIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> store("contract.pdf", "application/pdf", PNG))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("is not the PDF it claims to be")
				.contains("PNG image"));
	}

	@Test
	void anHtmlPageClaimedAsTextIsRefused() {
		byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> store("notes.txt", "text/plain", page))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("an HTML page"));
	}

	@Test
	void aProgramClaimedAsAnImageIsRefused() {
		byte[] program = new byte[64];
		program[0] = 'M';
		program[1] = 'Z';
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> store("photo.png", "image/png", program));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> store("logo.png", "image/jpeg", PNG));
	}

	private StoredFile store(String name, String type, byte[] bytes) {
		return this.attachments.store(UUID.randomUUID(), UUID.randomUUID(),
				new MockMultipartFile("file", name, type, bytes));
	}

	private static byte[] workbook() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "AOR Hub", "1.0")) {
			workbook.newWorksheet("Plan").value(0, 0, "Month");
		}
		return out.toByteArray();
	}

}
