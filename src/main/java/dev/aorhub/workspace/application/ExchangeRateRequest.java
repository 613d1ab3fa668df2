package dev.aorhub.workspace.application;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.aorhub.shared.validation.ValidCurrency;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An exchange rate to record or change, as the API, the page and each row of an import
 * send it: {@code rate} units of {@code currency} per one unit of the workspace's base
 * currency, from {@code validFrom}. {@code version} is the one the caller saw, for a
 * change.
 */
public record ExchangeRateRequest(@NotBlank(message = "is required") @ValidCurrency String currency,
		@NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false,
				message = "must be more than 0") @Digits(integer = 11, fraction = 8,
						message = "must have at most 11 digits before the decimal point and 8 after") BigDecimal rate,
		@NotNull(message = "is required") LocalDate validFrom, Long version) {

}
