package dev.aorhub.contracts.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.MsaStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An MSA to record or change, as the API and the form send it. The percent arrives as the
 * API writes it ({@code "10.0"}). Left out: {@code clientId} on a change (it cannot
 * change), {@code status} (draft for a new one, unchanged on a change),
 * {@code paymentTermsDays} and {@code noticePeriodDays} (the defaults, or unchanged),
 * {@code discountPercent} (none). {@code version} is the one the caller saw, for a
 * change.
 */
public record MsaRequest(UUID clientId,
		@NotBlank(message = "is required") @Size(max = MAX_TITLE,
				message = "must be at most {max} characters") String title,
		MsaStatus status, @NotNull(message = "is required") LocalDate effectiveDate, LocalDate expiryDate,
		@Min(value = 0, message = PAYMENT_TERMS) @Max(value = MAX_PAYMENT_TERMS_DAYS,
				message = PAYMENT_TERMS) Integer paymentTermsDays,
		UUID rateCardId,
		@DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100",
				message = PERCENT) BigDecimal discountPercent,
		@Min(value = 0, message = NOTICE_PERIOD) @Max(value = MAX_NOTICE_PERIOD_DAYS,
				message = NOTICE_PERIOD) Integer noticePeriodDays,
		List<UUID> nonCompeteCategoryIds, List<UUID> designationIds,
		@Size(max = MAX_NOTES, message = "must be at most {max} characters") String notes, Long version) {

	static final int MAX_TITLE = 200;

	static final int MAX_NOTES = 4000;

	static final int MAX_PAYMENT_TERMS_DAYS = 365;

	static final int MAX_NOTICE_PERIOD_DAYS = 730;

	static final String PAYMENT_TERMS = "must be between 0 and " + MAX_PAYMENT_TERMS_DAYS;

	static final String NOTICE_PERIOD = "must be between 0 and " + MAX_NOTICE_PERIOD_DAYS;

	static final String PERCENT = "must be between 0 and 100";

}
