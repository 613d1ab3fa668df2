package dev.aorhub.shared.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.persistence.AfterCommit;
import dev.aorhub.shared.storage.FileStorage;
import dev.aorhub.shared.storage.StorageProperties;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files kept with a module's records (signed MSAs, SOW briefs, creative assets, vendor
 * invoices): checks an upload's size and type against {@code aorhub.storage}, cleans its
 * name, keeps the bytes in the {@link FileStorage} and removes them again when the
 * caller's transaction rolls back, deletes them only once a removal has committed, and
 * opens them for download.
 * <p>
 * The owning module keeps its own attachment table (a {@link StoredFile} beside the
 * owner's id, with a composite foreign key to the owner) and checks the workspace and
 * ownership itself before it calls in here; this class never decides who may see a file.
 */
@Component
public class Attachments {

	/** The longest file name kept; longer names keep their end (the extension). */
	public static final int MAX_FILE_NAME = 255;

	private final FileStorage storage;

	private final StorageProperties properties;

	private final Clock clock;

	Attachments(FileStorage storage, StorageProperties properties, Clock clock) {
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks and stores an upload.
	 * @throws InvalidInputException (422 on {@code file}) for an empty file or a type not
	 * allowed
	 * @throws MaxUploadSizeExceededException (413) for a file over the size limit
	 */
	public StoredFile store(UUID workspaceId, UUID uploadedBy, MultipartFile file) {
		return store(workspaceId, uploadedBy, file, Uploads.RECORDS);
	}

	/**
	 * Checks and stores an upload under the limits of its use: {@link Uploads#CREATIVE}
	 * takes larger files and media types the records of other modules never take.
	 */
	public StoredFile store(UUID workspaceId, UUID uploadedBy, MultipartFile file, Uploads uploads) {
		if (file == null) {
			throw new InvalidInputException("file", "is required and must not be empty");
		}
		return store(workspaceId, uploadedBy, file.getOriginalFilename(), file.getContentType(), file.getSize(), file,
				uploads);
	}

	/** Checks and stores a file from any source: an upload, a generated document. */
	public StoredFile store(UUID workspaceId, UUID uploadedBy, String originalName, String contentType, long size,
			InputStreamSource content) {
		return store(workspaceId, uploadedBy, originalName, contentType, size, content, Uploads.RECORDS);
	}

	/**
	 * As {@link #store(UUID, UUID, String, String, long, InputStreamSource)}, under the
	 * limits of its use.
	 */
	public StoredFile store(UUID workspaceId, UUID uploadedBy, String originalName, String contentType, long size,
			InputStreamSource content, Uploads uploads) {
		String type = check(contentType, size, uploads);
		checkContent(type, originalName, content);
		String key;
		try (InputStream in = content.getInputStream()) {
			key = this.storage.store(workspaceId, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		// If the caller's transaction rolls back, the stored bytes go too.
		afterRollback(() -> this.storage.delete(workspaceId, key));
		return new StoredFile(cleanFileName(originalName), type, size, key, uploadedBy, this.clock.instant());
	}

	/** The file's bytes, for a caller that has checked the file is the requester's. */
	public FileDownload open(UUID workspaceId, StoredFile file) {
		return new FileDownload(file, this.storage.open(workspaceId, file.storageKey()));
	}

	/**
	 * Deletes the bytes once the caller's transaction has committed the removal of the
	 * record (at once without a transaction), so a rolled-back removal keeps its file.
	 */
	public void deleteAfterCommit(UUID workspaceId, StoredFile file) {
		AfterCommit.run(() -> this.storage.delete(workspaceId, file.storageKey()));
	}

	/**
	 * The base content type of an acceptable file ({@code application/pdf} of
	 * {@code application/pdf; charset=...}).
	 */
	String check(String contentType, long size) {
		return check(contentType, size, Uploads.RECORDS);
	}

	String check(String contentType, long size, Uploads uploads) {
		if (size <= 0) {
			throw new InvalidInputException("file", "is required and must not be empty");
		}
		boolean creative = uploads == Uploads.CREATIVE;
		long limit = (creative ? this.properties.maxCreativeSize() : this.properties.maxFileSize()).toBytes();
		if (size > limit) {
			throw new MaxUploadSizeExceededException(limit);
		}
		String base = (contentType != null) ? contentType.split(";", 2)[0].strip() : null;
		if (creative ? !this.properties.allowsCreative(base) : !this.properties.allows(base)) {
			throw new InvalidInputException("file",
					creative ? "must be an image, a video, an audio file, a PDF, a text or Office file, or a ZIP"
							: "must be a PDF, an image, a text, Word, Excel or PowerPoint file");
		}
		return base;
	}

	/**
	 * Refuses a file whose bytes are not the type claimed for it (see
	 * {@link ContentSniffer}).
	 */
	static void checkContent(String claimedType, String fileName, InputStreamSource content) {
		String detected;
		try (InputStream in = content.getInputStream()) {
			detected = ContentSniffer.detect(in, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		if (!ContentSniffer.matches(claimedType, detected)) {
			throw new InvalidInputException("file",
					"is not the " + describe(claimedType) + " it claims to be: its content is " + describe(detected));
		}
	}

	private static String describe(String contentType) {
		return switch (contentType) {
			case "application/pdf" -> "PDF";
			case "image/png" -> "PNG image";
			case "image/jpeg" -> "JPEG image";
			case "text/plain" -> "plain text";
			case "text/csv" -> "CSV file";
			case "text/html" -> "an HTML page";
			case "application/octet-stream" -> "of an unknown kind";
			default -> contentType;
		};
	}

	/**
	 * A file name for display and downloads: no path, no control characters, no quotes.
	 */
	public static String cleanFileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return (name.length() > MAX_FILE_NAME) ? name.substring(name.length() - MAX_FILE_NAME) : name;
	}

	private static void afterRollback(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						action.run();
					}
				}
			});
		}
	}

}
