package dev.aorhub.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandGuidelineFileRepository extends JpaRepository<BrandGuidelineFile, UUID> {

	List<BrandGuidelineFile> findByWorkspaceIdAndGuidelineIdOrderByFileUploadedAt(UUID workspaceId, UUID guidelineId);

	long countByWorkspaceIdAndGuidelineId(UUID workspaceId, UUID guidelineId);

	Optional<BrandGuidelineFile> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

}
