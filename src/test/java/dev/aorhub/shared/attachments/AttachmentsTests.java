package dev.aorhub.shared.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.storage.FileStorage;
import dev.aorhub.shared.storage.StorageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttachmentsTests {

	private static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");

	private final UUID workspace = UUID.randomUUID();

	private final UUID uploader = UUID.randomUUID();

	private final InMemoryStorage storage = new InMemoryStorage();

	/** At most 10 bytes, PDFs and plain text only. */
	private final Attachments attachments = new Attachments(this.storage,
			new StorageProperties(Path.of("unused"), DataSize.ofBytes(10), List.of("application/pdf", "text/plain")),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void cleanNamesLoseTheirPath() {
		assertThat(Attachments.cleanFileName("C:\\Users\\ada\\Signed MSA.pdf")).isEqualTo("Signed MSA.pdf");
		assertThat(Attachments.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Attachments.cleanFileName("briefs/2026\\q1/brief.txt")).isEqualTo("brief.txt");
	}

	@Test
	void cleanNamesLoseControlCharactersAndQuotes() {
		assertThat(Attachments.cleanFileName(" \"final\"\r\nreport\u0000.pdf\t")).isEqualTo("finalreport.pdf");
	}

	@Test
	void aNameWithNothingLeftIsAttachment() {
		assertThat(Attachments.cleanFileName(null)).isEqualTo("attachment");
		assertThat(Attachments.cleanFileName("   ")).isEqualTo("attachment");
		assertThat(Attachments.cleanFileName("folder/")).isEqualTo("attachment");
	}

	@Test
	void aLongNameKeepsItsEndAndExtension() {
		String name = "a".repeat(300) + ".pdf";

		assertThat(Attachments.cleanFileName(name)).hasSize(Attachments.MAX_FILE_NAME).endsWith("aaa.pdf");
	}

	@Test
	void storesAnAllowedFileWithItsBaseTypeCleanNameAndUploader() {
		StoredFile file = this.attachments.store(this.workspace, this.uploader,
				upload("scans/signed.pdf", "application/pdf; charset=binary", "%PDF-1.7"));

		assertThat(file.fileName()).isEqualTo("signed.pdf");
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.sizeBytes()).isEqualTo(8);
		assertThat(file.uploadedBy()).isEqualTo(this.uploader);
		assertThat(file.uploadedAt()).isEqualTo(NOW);
		assertThat(this.storage.files).containsOnlyKeys(file.storageKey());
		assertThat(this.storage.files.get(file.storageKey())).isEqualTo("%PDF-1.7");
	}

	@Test
	void refusesATypeThatIsNotAllowed() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.attachments.store(this.workspace, this.uploader,
					upload("page.html", "text/html", "<p>hi</p>")))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.field()).isEqualTo("file")));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.attachments.store(this.workspace, this.uploader, upload("x.pdf", null, "%PDF")));
		assertThat(this.storage.files).isEmpty();
	}

	@Test
	void refusesAnEmptyOrMissingFile() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.attachments.store(this.workspace, this.uploader, upload("empty.txt", "text/plain", "")))
			.withMessage("file: is required and must not be empty");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.attachments.store(this.workspace, this.uploader, null));
		assertThat(this.storage.files).isEmpty();
	}

	@Test
	void acceptsTheLargestSizeAndRefusesOneByteMore() {
		this.attachments.store(this.workspace, this.uploader, upload("ten.txt", "text/plain", "0123456789"));

		assertThatExceptionOfType(MaxUploadSizeExceededException.class).isThrownBy(() -> this.attachments
			.store(this.workspace, this.uploader, upload("eleven.txt", "text/plain", "0123456789A")));
		assertThat(this.storage.files).hasSize(1);
	}

	@Test
	void theBytesGoWhenTheTransactionRollsBack() {
		TransactionSynchronizationManager.initSynchronization();
		this.attachments.store(this.workspace, this.uploader, upload("a.txt", "text/plain", "a"));
		assertThat(this.storage.files).hasSize(1);

		complete(TransactionSynchronization.STATUS_ROLLED_BACK);

		assertThat(this.storage.files).isEmpty();
	}

	@Test
	void theBytesStayWhenTheTransactionCommits() {
		TransactionSynchronizationManager.initSynchronization();
		this.attachments.store(this.workspace, this.uploader, upload("a.txt", "text/plain", "a"));

		complete(TransactionSynchronization.STATUS_COMMITTED);

		assertThat(this.storage.files).hasSize(1);
	}

	@Test
	void aRemovalDeletesTheBytesOnlyAfterItsCommit() {
		StoredFile file = this.attachments.store(this.workspace, this.uploader, upload("a.txt", "text/plain", "a"));
		TransactionSynchronizationManager.initSynchronization();

		this.attachments.deleteAfterCommit(this.workspace, file);
		assertThat(this.storage.files).hasSize(1);

		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		assertThat(this.storage.files).isEmpty();
	}

	@Test
	void aRemovalWithoutATransactionDeletesAtOnce() {
		StoredFile file = this.attachments.store(this.workspace, this.uploader, upload("a.txt", "text/plain", "a"));

		this.attachments.deleteAfterCommit(this.workspace, file);

		assertThat(this.storage.files).isEmpty();
	}

	@Test
	void opensTheStoredBytes() throws IOException {
		StoredFile file = this.attachments.store(this.workspace, this.uploader, upload("a.txt", "text/plain", "abc"));

		try (InputStream content = this.attachments.open(this.workspace, file).content()) {
			assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
		}
	}

	private static MockMultipartFile upload(String name, String contentType, String content) {
		return new MockMultipartFile("file", name, contentType, content.getBytes(StandardCharsets.UTF_8));
	}

	private static void complete(int status) {
		TransactionSynchronizationManager.getSynchronizations().forEach((sync) -> sync.afterCompletion(status));
	}

	static final class InMemoryStorage implements FileStorage {

		private final Map<String, String> files = new HashMap<>();

		@Override
		public String store(UUID workspaceId, InputStream content) {
			String key = workspaceId + "/" + UUID.randomUUID();
			try {
				this.files.put(key, new String(content.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return key;
		}

		@Override
		public InputStream open(UUID workspaceId, String key) {
			return new ByteArrayInputStream(this.files.get(key).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public void delete(UUID workspaceId, String key) {
			this.files.remove(key);
		}

	}

}
