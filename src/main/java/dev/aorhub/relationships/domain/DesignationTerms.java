package dev.aorhub.relationships.domain;

import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.shared.Money;

/**
 * Everything about a designation that is simply edited, as opposed to its status, which
 * follows the state machine. Built from input that has been validated. {@code agencyName}
 * null means ours.
 */
public record DesignationTerms(UUID clientId, UUID categoryId, String agencyName, DesignationKind kind, String market,
		String scope, Term term, int renewalNoticeDays, boolean autoRenew, Money annualValue, UUID accountLeadId) {

	public static final String DEFAULT_MARKET = "Global";

	public static final int DEFAULT_RENEWAL_NOTICE_DAYS = 90;

	public static final int MAX_RENEWAL_NOTICE_DAYS = 730;

	public DesignationTerms {
		if (clientId == null || categoryId == null || kind == null || term == null) {
			throw new IllegalArgumentException("client, category, kind and term are required");
		}
		agencyName = (agencyName == null || agencyName.isBlank()) ? null : agencyName.strip();
		market = (market == null || market.isBlank()) ? DEFAULT_MARKET : market.strip();
		scope = (scope == null || scope.isBlank()) ? null : scope.strip();
		if (renewalNoticeDays < 0 || renewalNoticeDays > MAX_RENEWAL_NOTICE_DAYS) {
			throw new IllegalArgumentException("renewal notice days must be 0 to " + MAX_RENEWAL_NOTICE_DAYS);
		}
	}

}
