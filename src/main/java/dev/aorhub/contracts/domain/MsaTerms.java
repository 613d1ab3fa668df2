package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.time.DateRange;

/**
 * An MSA's validated terms.
 */
public record MsaTerms(UUID clientId, String title, LocalDate effectiveDate, LocalDate expiryDate, int paymentTermsDays,
		UUID rateCardId, Percent discountPercent, int noticePeriodDays, List<UUID> nonCompeteCategoryIds,
		List<UUID> designationIds, String notes) {

	public MsaTerms {
		nonCompeteCategoryIds = List.copyOf(nonCompeteCategoryIds);
		designationIds = List.copyOf(designationIds);
	}

	public DateRange term() {
		return new DateRange(this.effectiveDate, this.expiryDate);
	}

}
