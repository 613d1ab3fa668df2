package dev.aorhub.contracts.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.domain.ContractAttachment;
import dev.aorhub.contracts.domain.ContractAttachmentRepository;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.attachments.Attachments;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.shared.attachments.FileDownload;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files kept with MSAs and SOWs. The shared {@link Attachments} check, store and clean up
 * the bytes; this service checks the owner first, keeps the rows and audits. A download
 * is served only through the attachment's row, found by its owner inside the caller's
 * workspace.
 */
@Service
public class AttachmentService {

	private final ContractAttachmentRepository attachments;

	private final MsaService msas;

	private final SowService sows;

	private final Attachments files;

	AttachmentService(ContractAttachmentRepository attachments, MsaService msas, SowService sows, Attachments files) {
		this.attachments = attachments;
		this.msas = msas;
		this.sows = sows;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public List<ContractAttachment> ofMsa(CurrentUser user, UUID msaId) {
		this.msas.get(user, msaId);
		return this.attachments.findByWorkspaceIdAndMsaIdOrderByFileUploadedAt(user.workspaceId(), msaId);
	}

	@Transactional(readOnly = true)
	public List<ContractAttachment> ofSow(CurrentUser user, UUID sowId) {
		return of(this.sows.get(user, sowId));
	}

	/**
	 * The files of a SOW the caller has loaded already (inside the user's workspace), so
	 * that a page showing both loads the SOW once.
	 */
	@Transactional(readOnly = true)
	public List<ContractAttachment> of(Sow sow) {
		return this.attachments.findByWorkspaceIdAndSowIdOrderByFileUploadedAt(sow.getWorkspaceId(), sow.getId());
	}

	/** The files of an MSA the caller has loaded already, as {@link #of(Sow)}. */
	@Transactional(readOnly = true)
	public List<ContractAttachment> of(Msa msa) {
		return this.attachments.findByWorkspaceIdAndMsaIdOrderByFileUploadedAt(msa.getWorkspaceId(), msa.getId());
	}

	@CanEdit
	@Transactional
	public ContractAttachment attachToMsa(CurrentUser user, UUID msaId, MultipartFile file) {
		Msa msa = this.msas.get(user, msaId);
		return this.attachments.saveAndFlush(ContractAttachment.of(msa, store(user, file)));
	}

	@CanEdit
	@Transactional
	public ContractAttachment attachToSow(CurrentUser user, UUID sowId, MultipartFile file) {
		Sow sow = this.sows.get(user, sowId);
		return this.attachments.saveAndFlush(ContractAttachment.of(sow, store(user, file)));
	}

	@Transactional(readOnly = true)
	public FileDownload open(CurrentUser user, UUID ownerId, UUID id) {
		ContractAttachment attachment = find(user, ownerId, id);
		return this.files.open(user.workspaceId(), attachment.getFile());
	}

	@CanEdit
	@Transactional
	public void delete(CurrentUser user, UUID ownerId, UUID id) {
		ContractAttachment attachment = find(user, ownerId, id);
		attachment.remove();
		this.attachments.delete(attachment);
		this.files.deleteAfterCommit(user.workspaceId(), attachment.getFile());
	}

	private ContractAttachment find(CurrentUser user, UUID ownerId, UUID id) {
		return this.attachments.findByWorkspaceIdAndId(user.workspaceId(), id)
			.filter((a) -> ownerId.equals(a.getMsaId()) || ownerId.equals(a.getSowId()))
			.orElseThrow(() -> new NotFoundException("Attachment", id));
	}

	private StoredFile store(CurrentUser user, MultipartFile file) {
		return this.files.store(user.workspaceId(), user.userId(), file);
	}

}
