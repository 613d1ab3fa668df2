package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Staff cost rates, always looked up inside one workspace.
 */
public interface CostRateRepository extends Repository<CostRate, UUID> {

	Optional<CostRate> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	boolean existsByWorkspaceIdAndUserIdAndEffectiveFromAndIdNot(UUID workspaceId, UUID userId, LocalDate effectiveFrom,
			UUID id);

	CostRate saveAndFlush(CostRate rate);

	void delete(CostRate rate);

}
