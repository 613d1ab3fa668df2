package dev.aorhub.delivery.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Campaigns, always looked up inside one workspace.
 */
public interface CampaignRepository extends Repository<Campaign, UUID> {

	Optional<Campaign> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	Campaign saveAndFlush(Campaign campaign);

}
