package dev.aorhub.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewLinkRepository extends JpaRepository<ReviewLink, UUID> {

	/** A link by its id alone: the URL names no workspace, the id is globally unique. */
	@Override
	Optional<ReviewLink> findById(UUID id);

	List<ReviewLink> findByWorkspaceIdAndAssetIdOrderByCreatedAtDesc(UUID workspaceId, UUID assetId);

}
