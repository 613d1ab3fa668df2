package dev.aorhub.relationships.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Team assignments, always looked up inside one workspace.
 */
public interface TeamAssignmentRepository extends Repository<TeamAssignment, UUID> {

	Optional<TeamAssignment> findByWorkspaceIdAndDesignationIdAndId(UUID workspaceId, UUID designationId, UUID id);

	@Query("""
			SELECT a FROM TeamAssignment a
			WHERE a.workspaceId = ?1 AND a.designationId = ?2
			ORDER BY a.startDate, a.id
			""")
	List<TeamAssignment> findByDesignation(UUID workspaceId, UUID designationId);

	/**
	 * A person's assignments on designations that still take people's time (not archived,
	 * not ended or lost).
	 */
	@Query("""
			SELECT a FROM TeamAssignment a, Designation d
			WHERE a.workspaceId = ?1 AND a.userId = ?2 AND d.workspaceId = a.workspaceId AND d.id = a.designationId
			  AND d.archived = false
			  AND d.status IN (dev.aorhub.relationships.DesignationStatus.PITCHING,
			                   dev.aorhub.relationships.DesignationStatus.ACTIVE,
			                   dev.aorhub.relationships.DesignationStatus.UNDER_REVIEW)
			""")
	List<TeamAssignment> findLiveOfUser(UUID workspaceId, UUID userId);

	TeamAssignment save(TeamAssignment assignment);

	TeamAssignment saveAndFlush(TeamAssignment assignment);

	void delete(TeamAssignment assignment);

}
