package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Days a person is away, for the API and the time-off form; {@code userId} null means the
 * signed-in person.
 */
public record TimeOffRequest(UUID userId, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
		@Size(max = 200) String reason) {
}
