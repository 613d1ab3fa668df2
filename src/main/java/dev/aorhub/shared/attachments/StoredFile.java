package dev.aorhub.shared.attachments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file kept by the {@link Attachments}: its clean name, content type and size, where
 * the storage keeps its bytes, and who uploaded it when. A module's attachment entity
 * embeds it beside the id of the record the file belongs to (columns
 * {@code file_name, content_type, size_bytes, storage_key, uploaded_by, uploaded_at}).
 */
@Embeddable
public record StoredFile(@Column(name = "file_name") String fileName, @Column(name = "content_type") String contentType,
		@Column(name = "size_bytes") long sizeBytes, @Column(name = "storage_key") String storageKey,
		@Column(name = "uploaded_by") UUID uploadedBy, @Column(name = "uploaded_at") Instant uploadedAt) {

}
