package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.delivery.TimeEntryStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A time entry to log or change, as the API and the forms send it. Left out: {@code date}
 * (today for a new entry, its own on a change), {@code userId} (the caller),
 * {@code sowId} (the campaign's), {@code campaignId} (the task's), {@code billable}
 * (true), {@code status} (DRAFT; an admin may record SUBMITTED or APPROVED history).
 * {@code version} is the one the caller saw, for a change.
 */
public record TimeEntryRequest(UUID userId, @NotNull(message = "is required") LocalDate date, Integer minutes,
		UUID sowId, UUID campaignId, UUID taskId, Boolean billable,
		@Size(max = 1000, message = "must be at most {max} characters") String note,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) TimeEntryStatus status, Long version) {

}
