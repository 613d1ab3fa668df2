package dev.aorhub.relationships.application;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.DesignationTerms;
import dev.aorhub.shared.MoneyInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A designation to record or change, as the API and the form send it. Left out:
 * {@code agencyName} (ours), {@code market} ({@value DesignationTerms#DEFAULT_MARKET}),
 * {@code status} (active for a new one, unchanged on an edit), {@code renewalNoticeDays}
 * ({@value DesignationTerms#DEFAULT_RENEWAL_NOTICE_DAYS}). The amount of
 * {@code annualValue} stays text, as the API sends amounts. {@code version} is the one
 * the caller saw, for a change.
 */
public record DesignationRequest(@NotNull(message = "is required") UUID clientId,
		@NotNull(message = "is required") UUID categoryId,
		@Size(max = 200, message = "must be at most {max} characters") String agencyName,
		@NotNull(message = "is required") @JsonFormat(
				with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) DesignationKind kind,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) DesignationStatus status,
		@Size(max = 100, message = "must be at most {max} characters") String market,
		@Size(max = 2000, message = "must be at most {max} characters") String scope,
		@NotNull(message = "is required") LocalDate startDate, LocalDate endDate,
		@Min(value = 0, message = NOTICE_DAYS) @Max(value = DesignationTerms.MAX_RENEWAL_NOTICE_DAYS,
				message = NOTICE_DAYS) Integer renewalNoticeDays,
		Boolean autoRenew, MoneyInput annualValue, UUID accountLeadId, Long version) {

	static final String NOTICE_DAYS = "must be between 0 and " + DesignationTerms.MAX_RENEWAL_NOTICE_DAYS;

}
