package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A rate card's validated terms.
 */
public record RateCardTerms(String name, Currency currency, LocalDate effectiveFrom, LocalDate effectiveTo,
		List<RateCard.RoleRate> rates) {

	public RateCardTerms {
		rates = List.copyOf(rates);
	}

}
