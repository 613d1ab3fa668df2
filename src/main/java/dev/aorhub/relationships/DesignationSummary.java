package dev.aorhub.relationships;

import java.time.LocalDate;
import java.util.Locale;
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

	/** How a picker names it: {@code Creative · Global · Exclusive (under review)}. */
	public String label() {
		String kindName = this.kind.name();
		return this.categoryName + " · " + this.market + " · " + kindName.charAt(0)
				+ kindName.substring(1).toLowerCase(Locale.ROOT) + " ("
				+ this.status.name().replace('_', ' ').toLowerCase(Locale.ROOT) + ")";
	}

}
