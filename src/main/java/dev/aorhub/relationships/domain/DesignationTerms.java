package dev.aorhub.relationships.domain;

import java.time.Period;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * Everything about a designation that is simply edited, as opposed to its status, which
 * follows the state machine. Built from input that has been validated. {@code agencyName}
 * null means ours.
 */
public record DesignationTerms(UUID clientId, UUID categoryId, String agencyName, DesignationKind kind, String market,
		String scope, DateRange term, int renewalNoticeDays, boolean autoRenew, Money annualValue, UUID accountLeadId) {

	public static final String DEFAULT_MARKET = "Global";

	public static final int DEFAULT_RENEWAL_NOTICE_DAYS = 90;

	public static final int MAX_RENEWAL_NOTICE_DAYS = 730;

	/** Typical AOR terms are one to three years; anything above this deserves a look. */
	public static final Period LONG_TERM = Period.ofYears(5);

	public DesignationTerms {
		if (clientId == null || categoryId == null || kind == null || term == null) {
			throw new IllegalArgumentException("client, category, kind and term are required");
		}
		if (term.end() != null && !term.end().isAfter(term.start())) {
			throw new IllegalArgumentException("a term must end after it starts");
		}
		agencyName = (agencyName == null || agencyName.isBlank()) ? null : agencyName.strip();
		market = (market == null || market.isBlank()) ? DEFAULT_MARKET : market.strip();
		scope = (scope == null || scope.isBlank()) ? null : scope.strip();
		if (renewalNoticeDays < 0 || renewalNoticeDays > MAX_RENEWAL_NOTICE_DAYS) {
			throw new IllegalArgumentException("renewal notice days must be 0 to " + MAX_RENEWAL_NOTICE_DAYS);
		}
	}

}
