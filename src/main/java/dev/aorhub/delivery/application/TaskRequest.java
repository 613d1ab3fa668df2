package dev.aorhub.delivery.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A task to create or change, as the API and the board's form send it. Left out:
 * {@code discipline} ({@link TaskService#DEFAULT_DISCIPLINE}), {@code status} (to do for
 * a new task, unchanged on an edit), {@code position} (the end of its column for a new
 * task or one that changes column, unchanged otherwise). {@code version} is the one the
 * caller saw, for a change.
 */
public record TaskRequest(@NotNull(message = "is required") UUID campaignId,
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String title,
		@Size(max = 4000, message = "must be at most {max} characters") String description,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) Discipline discipline, UUID assigneeId,
		@DecimalMin(value = "0", message = ESTIMATE) @DecimalMax(value = "999.99", message = ESTIMATE) @Digits(
				integer = 6, fraction = 2, message = "must have at most 2 decimals") BigDecimal estimateHours,
		LocalDate dueDate, @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) TaskStatus status,
		@Min(value = 0, message = "must be 0 or more") Integer position, Long version) {

	static final String ESTIMATE = "must be between 0 and 999.99 hours";

}
