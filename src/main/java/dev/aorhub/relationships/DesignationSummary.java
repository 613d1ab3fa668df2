package dev.aorhub.relationships;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may know of a designation. {@code agencyName} null means ours.
 */
public record DesignationSummary(UUID id, UUID clientId, UUID categoryId, String categoryName, String agencyName,
		DesignationKind kind, DesignationStatus status, String market, LocalDate startDate, LocalDate endDate,
		boolean archived) {

	public boolean isOurs() {
		return this.agencyName == null;
	}

}
