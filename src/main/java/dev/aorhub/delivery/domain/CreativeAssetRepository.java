package dev.aorhub.delivery.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreativeAssetRepository extends JpaRepository<CreativeAsset, UUID> {

	Optional<CreativeAsset> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	/** The asset with its versions, for a page or an upload that reads them. */
	@EntityGraph(attributePaths = "versions")
	Optional<CreativeAsset> findWithVersionsByWorkspaceIdAndId(UUID workspaceId, UUID id);

}
