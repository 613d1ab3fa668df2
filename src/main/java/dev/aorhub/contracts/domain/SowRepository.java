package dev.aorhub.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * SOWs, always looked up inside one workspace.
 */
public interface SowRepository extends Repository<Sow, UUID> {

	Optional<Sow> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	List<Sow> findByWorkspaceIdAndMsaIdOrderByStartDate(UUID workspaceId, UUID msaId);

	boolean existsByWorkspaceIdAndNumber(UUID workspaceId, String number);

	Sow saveAndFlush(Sow sow);

}
