package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.validation.ValidCurrency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rate card to create or change, as the API and the page send it: the hourly rate of
 * each role, in the card's currency. {@code version} is the one the caller saw, for a
 * change.
 */
public record RateCardRequest(
		@NotBlank(message = "is required") @Size(max = MAX_NAME,
				message = "must be at most {max} characters") String name,
		@NotBlank(message = "is required") @ValidCurrency(
				message = "must be an ISO 4217 currency code such as USD") String currency,
		@NotNull(message = "is required") LocalDate effectiveFrom, LocalDate effectiveTo,
		@JsonProperty("default") Boolean isDefault,
		@NotEmpty(message = "need at least one role and rate") @Size(max = MAX_RATES,
				message = "are at most {max}") List<@NotNull(message = "is required") @Valid Rate> rates,
		Long version) {

	static final int MAX_NAME = 120;

	static final int MAX_ROLE = 80;

	static final int MAX_RATES = 100;

	/** One role's hourly rate. */
	public record Rate(@NotBlank(message = "is required") @Size(max = MAX_ROLE,
			message = "must be at most {max} characters") String role, MoneyInput hourlyRate) {
	}

}
