package dev.aorhub.delivery.domain;

import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.TaskStatus;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Tasks, always looked up inside one workspace.
 */
public interface TaskRepository extends Repository<Task, UUID> {

	Optional<Task> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	Task saveAndFlush(Task task);

	/** The position after the last card of a column: where a new or moved card goes. */
	@Query("""
			SELECT COALESCE(MAX(t.position) + 1, 0) FROM Task t
			WHERE t.workspaceId = :workspaceId AND t.campaignId = :campaignId AND t.status = :status
			  AND t.archived = false
			""")
	int nextPosition(@Param("workspaceId") UUID workspaceId, @Param("campaignId") UUID campaignId,
			@Param("status") TaskStatus status);

}
