package dev.aorhub.relationships.application;

import java.util.UUID;

/**
 * A team assignment as a request or a form sends it, before validation.
 */
public record TeamInput(UUID userId, String role, String allocationPercent, Boolean dedicated, String startDate,
		String endDate) {

}
