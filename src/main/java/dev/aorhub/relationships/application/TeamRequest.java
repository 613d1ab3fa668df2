package dev.aorhub.relationships.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A team member to add or a commitment to change, as the API and the form send it.
 * Without dates the commitment runs with the designation's term; {@code version} is the
 * one the caller saw, for a change.
 */
public record TeamRequest(@NotNull(message = "is required") UUID userId,
		@NotBlank(message = "is required") @Size(max = 80, message = "must be at most {max} characters") String role,
		@NotNull(message = "is required") @Min(value = 1, message = PERCENT) @Max(value = 100,
				message = PERCENT) Integer allocationPercent,
		Boolean dedicated, LocalDate startDate, LocalDate endDate, Long version) {

	static final String PERCENT = "must be between 1 and 100";

}
