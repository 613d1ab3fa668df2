package dev.aorhub.planning.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Strategic plans, always looked up inside one workspace.
 */
public interface StrategicPlanRepository extends Repository<StrategicPlan, UUID> {

	Optional<StrategicPlan> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	StrategicPlan saveAndFlush(StrategicPlan plan);

	/** Whether a plan that is not archived already follows this one. */
	@Query("""
			SELECT count(p) > 0 FROM StrategicPlan p
			WHERE p.workspaceId = :workspaceId AND p.previousPlanId = :planId AND p.archived = false""")
	boolean hasNextVersion(@Param("workspaceId") UUID workspaceId, @Param("planId") UUID planId);

	/** A plan of the designation that is not archived, if there is one. */
	@Query("""
			SELECT p.id FROM StrategicPlan p
			WHERE p.workspaceId = :workspaceId AND p.designationId = :designationId AND p.archived = false
			ORDER BY p.planVersion DESC LIMIT 1""")
	Optional<UUID> latestOfDesignation(@Param("workspaceId") UUID workspaceId,
			@Param("designationId") UUID designationId);

}
