package dev.aorhub.contracts.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.contracts.ContractRecords;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A file kept with an MSA or a SOW (a signed agreement, a brief). The bytes live in the
 * file storage (see {@link StoredFile}); this row says whose they are, and every download
 * goes through it.
 */
@Entity
@Table(name = "contract_attachment")
public class ContractAttachment extends AbstractAggregateRoot<ContractAttachment> {

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

	private ContractAttachment(UUID workspaceId, UUID msaId, UUID sowId, StoredFile file, String owner) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.msaId = msaId;
		this.sowId = sowId;
		this.file = file;
		audit(AuditEntry.CREATED, "Attached " + file.fileName() + " to " + owner);
	}

	/** A file kept with an MSA, such as the signed agreement. */
	public static ContractAttachment of(Msa msa, StoredFile file) {
		return new ContractAttachment(msa.getWorkspaceId(), msa.getId(), null, file, "MSA " + msa.getTitle());
	}

	/** A file kept with a SOW, such as the brief. */
	public static ContractAttachment of(Sow sow, StoredFile file) {
		return new ContractAttachment(sow.getWorkspaceId(), null, sow.getId(), file, "SOW " + sow.getNumber());
	}

	/** Announces the removal; the repository deletes the row, the service the bytes. */
	public void remove() {
		audit(AuditEntry.DELETED, "Removed the attachment " + getFileName());
	}

	private void audit(String action, String summary) {
		registerEvent(new AuditedChange(this.workspaceId,
				AuditEntry.action(ContractRecords.ATTACHMENT, this.id, action, summary)));
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
