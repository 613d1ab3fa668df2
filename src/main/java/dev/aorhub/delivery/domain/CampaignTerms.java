package dev.aorhub.delivery.domain;

import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * What a campaign is, once checked and completed by {@link CampaignPlacement}: its client
 * (always), the designation and SOW it runs under (either may be absent), its name and
 * objective, its flight, its budget in the client's currency and its owner.
 */
public record CampaignTerms(UUID clientId, UUID designationId, UUID sowId, String name, String objective,
		DateRange dates, Money budget, UUID ownerId) {

	public CampaignTerms {
		if (clientId == null || name == null || name.isBlank() || dates == null) {
			throw new IllegalArgumentException("a campaign has a client, a name and a start");
		}
		if (budget != null && budget.isNegative()) {
			throw new IllegalArgumentException("a campaign's budget is never negative");
		}
		name = name.strip();
		objective = (objective == null || objective.isBlank()) ? null : objective.strip();
	}

}
