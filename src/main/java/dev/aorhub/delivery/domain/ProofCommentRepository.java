package dev.aorhub.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProofCommentRepository extends JpaRepository<ProofComment, UUID> {

	Optional<ProofComment> findByWorkspaceIdAndAssetIdAndId(UUID workspaceId, UUID assetId, UUID id);

	List<ProofComment> findByWorkspaceIdAndAssetIdAndVersionNumberOrderByCreatedAtAscIdAsc(UUID workspaceId,
			UUID assetId, int versionNumber);

	List<ProofComment> findByWorkspaceIdAndAssetIdOrderByVersionNumberAscCreatedAtAscIdAsc(UUID workspaceId,
			UUID assetId);

}
