package dev.aorhub.delivery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may know of a campaign. {@code designationId} and {@code sowId} may
 * be null; {@code endDate} null is open-ended.
 */
public record CampaignSummary(UUID id, UUID clientId, UUID designationId, UUID sowId, String name, LocalDate startDate,
		LocalDate endDate, CampaignStatus status) {

}
