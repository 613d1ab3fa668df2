package dev.aorhub.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Attachments, always looked up inside one workspace and owner.
 */
public interface ContractAttachmentRepository extends Repository<ContractAttachment, UUID> {

	Optional<ContractAttachment> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<ContractAttachment> findByWorkspaceIdAndMsaIdOrderByFileUploadedAt(UUID workspaceId, UUID msaId);

	List<ContractAttachment> findByWorkspaceIdAndSowIdOrderByFileUploadedAt(UUID workspaceId, UUID sowId);

	ContractAttachment saveAndFlush(ContractAttachment attachment);

	void delete(ContractAttachment attachment);

}
