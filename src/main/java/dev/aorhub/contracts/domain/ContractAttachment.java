package dev.aorhub.contracts.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import dev.aorhub.shared.attachments.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file kept with an MSA or a SOW (a signed agreement, a brief). The bytes live in the
 * file storage (see {@link StoredFile}); this row says whose they are, and every download
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

	@Embedded
	private StoredFile file;

	protected ContractAttachment() {
	}

	public ContractAttachment(UUID workspaceId, UUID msaId, UUID sowId, StoredFile file) {
		if ((msaId == null) == (sowId == null)) {
			throw new IllegalArgumentException("an attachment belongs to one MSA or one SOW");
		}
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.msaId = msaId;
		this.sowId = sowId;
		this.file = file;
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

	public StoredFile getFile() {
		return this.file;
	}

	public String getFileName() {
		return this.file.fileName();
	}

	public String getContentType() {
		return this.file.contentType();
	}

	public long getSizeBytes() {
		return this.file.sizeBytes();
	}

	public String getStorageKey() {
		return this.file.storageKey();
	}

	public UUID getUploadedBy() {
		return this.file.uploadedBy();
	}

	public Instant getUploadedAt() {
		return this.file.uploadedAt();
	}

}
