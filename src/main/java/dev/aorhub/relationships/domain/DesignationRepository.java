package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.DesignationStatus;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Designations, always looked up inside one workspace.
 */
public interface DesignationRepository extends Repository<Designation, UUID> {

	Optional<Designation> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	/**
	 * The live, exclusive designations of a client in a category and market: what a new
	 * exclusive one might conflict with.
	 */
	@Query("""
			SELECT d FROM Designation d
			WHERE d.workspaceId = ?1 AND d.clientId = ?2 AND d.categoryId = ?3 AND d.marketKey = ?4
			  AND d.kind = dev.aorhub.relationships.DesignationKind.EXCLUSIVE AND d.archived = false
			  AND d.status IN (dev.aorhub.relationships.DesignationStatus.PITCHING,
			                   dev.aorhub.relationships.DesignationStatus.ACTIVE,
			                   dev.aorhub.relationships.DesignationStatus.UNDER_REVIEW)
			ORDER BY d.startDate, d.id
			""")
	List<Designation> findLiveExclusive(UUID workspaceId, UUID clientId, UUID categoryId, String marketKey);

	/** Our designations at these clients in a category, in the given statuses. */
	@Query("""
			SELECT d FROM Designation d
			WHERE d.workspaceId = ?1 AND d.clientId IN ?2 AND d.categoryId = ?3 AND d.agencyName IS NULL
			  AND d.archived = false AND d.status IN ?4
			  AND (d.endDate IS NULL OR d.endDate >= ?5)
			ORDER BY d.startDate, d.id
			""")
	List<Designation> findOursAtClients(UUID workspaceId, Collection<UUID> clientIds, UUID categoryId,
			Collection<DesignationStatus> statuses, LocalDate endingNotBefore);

	Designation save(Designation designation);

	Designation saveAndFlush(Designation designation);

}
