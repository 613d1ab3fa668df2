package dev.aorhub.contracts.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.domain.ContractAttachment;
import dev.aorhub.contracts.domain.ContractAttachmentRepository;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.storage.FileStorage;
import dev.aorhub.shared.storage.StorageProperties;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditLog;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files kept with MSAs and SOWs. Bytes go to the {@link FileStorage}; a download is
 * served only through the attachment's row, found by its owner inside the caller's
 * workspace.
 */
@Service
public class AttachmentService {

	static final String ENTITY = "Attachment";

	static final int MAX_FILE_NAME = 255;

	private final ContractAttachmentRepository attachments;

	private final MsaService msas;

	private final SowService sows;

	private final FileStorage storage;

	private final StorageProperties properties;

	private final WorkspaceClock clock;

	private final AuditLog audit;

	AttachmentService(ContractAttachmentRepository attachments, MsaService msas, SowService sows, FileStorage storage,
			StorageProperties properties, WorkspaceClock clock, AuditLog audit) {
		this.attachments = attachments;
		this.msas = msas;
		this.sows = sows;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
	}

	/** A stored file and how to read it. */
	public record Download(ContractAttachment attachment, InputStream content) {
	}

	@Transactional(readOnly = true)
	public List<ContractAttachment> ofMsa(CurrentUser user, UUID msaId) {
		this.msas.get(user, msaId);
		return this.attachments.findByWorkspaceIdAndMsaIdOrderByUploadedAt(user.workspaceId(), msaId);
	}

	@Transactional(readOnly = true)
	public List<ContractAttachment> ofSow(CurrentUser user, UUID sowId) {
		this.sows.get(user, sowId);
		return this.attachments.findByWorkspaceIdAndSowIdOrderByUploadedAt(user.workspaceId(), sowId);
	}

	@CanEdit
	@Transactional
	public ContractAttachment attachToMsa(CurrentUser user, UUID msaId, MultipartFile file) {
		Msa msa = this.msas.get(user, msaId);
		ContractAttachment attachment = store(user, msaId, null, file);
		this.audit.record(user, AuditEntry.action(ENTITY, attachment.getId(), AuditEntry.CREATED,
				"Attached " + attachment.getFileName() + " to MSA " + msa.getTitle()));
		return attachment;
	}

	@CanEdit
	@Transactional
	public ContractAttachment attachToSow(CurrentUser user, UUID sowId, MultipartFile file) {
		Sow sow = this.sows.get(user, sowId);
		ContractAttachment attachment = store(user, null, sowId, file);
		this.audit.record(user, AuditEntry.action(ENTITY, attachment.getId(), AuditEntry.CREATED,
				"Attached " + attachment.getFileName() + " to SOW " + sow.getNumber()));
		return attachment;
	}

	@Transactional(readOnly = true)
	public Download open(CurrentUser user, UUID ownerId, UUID id) {
		ContractAttachment attachment = find(user, ownerId, id);
		return new Download(attachment, this.storage.open(user.workspaceId(), attachment.getStorageKey()));
	}

	@CanEdit
	@Transactional
	public void delete(CurrentUser user, UUID ownerId, UUID id) {
		ContractAttachment attachment = find(user, ownerId, id);
		this.attachments.delete(attachment);
		this.audit.record(user, AuditEntry.action(ENTITY, id, AuditEntry.DELETED,
				"Removed the attachment " + attachment.getFileName()));
		afterCommit(() -> this.storage.delete(user.workspaceId(), attachment.getStorageKey()));
	}

	private ContractAttachment find(CurrentUser user, UUID ownerId, UUID id) {
		return this.attachments.findByWorkspaceIdAndId(user.workspaceId(), id)
			.filter((a) -> ownerId.equals(a.getMsaId()) || ownerId.equals(a.getSowId()))
			.orElseThrow(() -> new NotFoundException("Attachment", id));
	}

	private ContractAttachment store(CurrentUser user, UUID msaId, UUID sowId, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "is required and must not be empty");
		}
		if (file.getSize() > this.properties.maxFileSize().toBytes()) {
			throw new MaxUploadSizeExceededException(this.properties.maxFileSize().toBytes());
		}
		String contentType = (file.getContentType() != null) ? file.getContentType().split(";", 2)[0].strip() : null;
		if (!this.properties.allows(contentType)) {
			throw new InvalidInputException("file", "must be a PDF, an image, a text, Word, Excel or PowerPoint file");
		}
		String name = fileName(file.getOriginalFilename());
		String key;
		try (InputStream content = file.getInputStream()) {
			key = this.storage.store(user.workspaceId(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		// If the transaction rolls back, the stored bytes go too.
		afterRollback(() -> this.storage.delete(user.workspaceId(), key));
		return this.attachments.saveAndFlush(new ContractAttachment(user.workspaceId(), null, msaId, sowId, name,
				contentType, file.getSize(), key, user.userId(), this.clock.now()));
	}

	/** A file name for display and downloads: no path, no control characters. */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return (name.length() > MAX_FILE_NAME) ? name.substring(name.length() - MAX_FILE_NAME) : name;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
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
