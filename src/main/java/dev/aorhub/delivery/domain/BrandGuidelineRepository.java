package dev.aorhub.delivery.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandGuidelineRepository extends JpaRepository<BrandGuideline, UUID> {

	Optional<BrandGuideline> findByWorkspaceIdAndBrandId(UUID workspaceId, UUID brandId);

}
