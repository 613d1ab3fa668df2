package dev.aorhub.clients.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Brands, always looked up inside one workspace and client.
 */
public interface BrandRepository extends Repository<Brand, UUID> {

	Optional<Brand> findByWorkspaceIdAndClientIdAndId(UUID workspaceId, UUID clientId, UUID id);

	List<Brand> findByWorkspaceIdAndClientIdOrderByArchivedAscNameAsc(UUID workspaceId, UUID clientId);

	boolean existsByWorkspaceIdAndClientIdAndNameIgnoreCaseAndIdNot(UUID workspaceId, UUID clientId, String name,
			UUID id);

	Brand saveAndFlush(Brand brand);

}
