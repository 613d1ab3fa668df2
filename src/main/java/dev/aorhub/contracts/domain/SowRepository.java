package dev.aorhub.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.repository.Repository;

/**
 * SOWs, always looked up inside one workspace.
 */
public interface SowRepository extends Repository<Sow, UUID> {

	/**
	 * The SOW with its terms, fees and deliverables, in one query (the fees' milestones
	 * follow in one more); its change orders and approvals load when first read. A load
	 * graph, so the milestones stay eager.
	 */
	@EntityGraph(attributePaths = { "fees", "deliverables" }, type = EntityGraphType.LOAD)
	Optional<Sow> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<Sow> findByWorkspaceIdAndMsaIdOrderByStartDate(UUID workspaceId, UUID msaId);

	boolean existsByWorkspaceIdAndNumber(UUID workspaceId, String number);

	Sow saveAndFlush(Sow sow);

}
