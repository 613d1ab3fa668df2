package dev.aorhub.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/**
 * MSAs, always looked up inside one workspace.
 */
public interface MsaRepository extends Repository<Msa, UUID> {

	/** The MSA with its non-compete categories and designations, in one query. */
	@EntityGraph(attributePaths = { "nonCompetes", "designations" })
	Optional<Msa> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<Msa> findByWorkspaceIdAndClientIdAndArchivedFalseOrderByEffectiveDateDesc(UUID workspaceId, UUID clientId);

	boolean existsByWorkspaceIdAndRateCardId(UUID workspaceId, UUID rateCardId);

	Msa saveAndFlush(Msa msa);

}
