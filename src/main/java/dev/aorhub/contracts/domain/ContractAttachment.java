package dev.aorhub.contracts.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file kept with an MSA or a SOW (a signed agreement, a brief). The bytes live in the
 * file storage under {@code storageKey}; this row says whose they are, and every download
 * goes through it.
 */
@Entity
@Table(name = "contract_attachment")
public class ContractAttachment {

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Column(name = "msa_id", updatable = false)
	private UUID msaId;

	@Column(name = "sow_id", updatable = false)
	private UUID sowId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "uploaded_by")
	private UUID uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected ContractAttachment() {
	}

	public ContractAttachment(UUID workspaceId, UUID id, UUID msaId, UUID sowId, String fileName, String contentType,
			long sizeBytes, String storageKey, UUID uploadedBy, Instant uploadedAt) {
		if ((msaId == null) == (sowId == null)) {
			throw new IllegalArgumentException("an attachment belongs to one MSA or one SOW");
		}
		this.workspaceId = workspaceId;
		this.id = (id != null) ? id : Ids.newId();
		this.msaId = msaId;
		this.sowId = sowId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public UUID getWorkspaceId() {
		return this.workspaceId;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getMsaId() {
		return this.msaId;
	}

	public UUID getSowId() {
		return this.sowId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public UUID getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
