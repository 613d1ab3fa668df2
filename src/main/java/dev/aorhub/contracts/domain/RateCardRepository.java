package dev.aorhub.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Rate cards, always looked up inside one workspace.
 */
public interface RateCardRepository extends Repository<RateCard, UUID> {

	Optional<RateCard> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	Optional<RateCard> findByWorkspaceIdAndDefaultKeyIsNotNull(UUID workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(UUID workspaceId, String name, UUID id);

	List<RateCard> findByWorkspaceIdAndArchivedFalseOrderByName(UUID workspaceId);

	RateCard saveAndFlush(RateCard card);

}
