package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.shared.MoneyInput;
import jakarta.validation.constraints.NotNull;

/**
 * A staff cost rate to record or change, as the API and the page send it. The amount of
 * {@code hourlyCost} stays text, as the API sends amounts; {@code version} is the one the
 * caller saw, for a change.
 */
public record CostRateRequest(@NotNull(message = "is required") UUID userId, MoneyInput hourlyCost,
		@NotNull(message = "is required") LocalDate effectiveFrom, Long version) {

}
