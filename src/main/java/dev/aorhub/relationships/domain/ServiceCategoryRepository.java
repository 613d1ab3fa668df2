package dev.aorhub.relationships.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Service categories, always looked up inside one workspace.
 */
public interface ServiceCategoryRepository extends Repository<ServiceCategory, UUID> {

	Optional<ServiceCategory> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<ServiceCategory> findByWorkspaceIdAndIdIn(UUID workspaceId, Collection<UUID> ids);

	@Query("SELECT c FROM ServiceCategory c WHERE c.workspaceId = ?1 AND lower(c.name) = lower(?2)")
	Optional<ServiceCategory> findByName(UUID workspaceId, String name);

	@Query("SELECT c FROM ServiceCategory c WHERE c.workspaceId = ?1 AND c.archived = false ORDER BY lower(c.name)")
	List<ServiceCategory> findActive(UUID workspaceId);

	ServiceCategory save(ServiceCategory category);

	ServiceCategory saveAndFlush(ServiceCategory category);

}
